# Compile-time error: name assigned before its global declaration.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def reset():
    total = 0
    global total

print(helper(total))
