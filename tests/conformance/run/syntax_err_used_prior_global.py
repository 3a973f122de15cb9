# Compile-time error: name used before its global declaration.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def bump():
    print(total)
    global total
    total += 1

print(helper(total))
