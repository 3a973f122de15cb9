# Compile-time error: nonlocal and global on one name.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def outer():
    x = 1
    def inner():
        global x
        nonlocal x
    return inner

print(helper(total))
