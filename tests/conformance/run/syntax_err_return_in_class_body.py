# Compile-time error: 'return' in a class body.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

class Shape:
    sides = 4
    return sides

print(helper(total))
