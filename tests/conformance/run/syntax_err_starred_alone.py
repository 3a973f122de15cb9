# Compile-time error: starred expression used alone.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

*rest

print(helper(total))
