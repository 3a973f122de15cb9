# Compile-time error: parameter declared nonlocal.
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
    def inner(x):
        nonlocal x
    return inner

print(helper(total))
