# Compile-time error: assigned before nonlocal.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def outer():
    count = 0
    def inner():
        count = 1
        nonlocal count
    return inner

print(helper(total))
