# Compile-time error: annotated name can't be nonlocal.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def outer():
    level = 1
    def inner():
        nonlocal level
        level: int = 2
    return inner

print(helper(total))
