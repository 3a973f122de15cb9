# Compile-time error: nonlocal without an enclosing binding.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner

print(helper(total))
