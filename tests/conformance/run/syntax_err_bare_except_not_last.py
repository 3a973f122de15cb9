# Compile-time error: bare except before a typed one.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

try:
    total = 1 / 0
except:
    total = 0
except ZeroDivisionError:
    total = -1

print(helper(total))
