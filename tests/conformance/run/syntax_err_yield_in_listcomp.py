# Compile-time error: yield inside a list comprehension.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def gen(items):
    return [(yield x) for x in items]

print(helper(total))
