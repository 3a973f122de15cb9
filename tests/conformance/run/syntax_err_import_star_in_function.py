# Compile-time error: import * inside a function.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def load():
    from math import *
    return pi

print(helper(total))
