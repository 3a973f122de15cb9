# Compile-time error: annotated name can't be global.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def setup():
    global level
    level: int = 3

print(helper(total))
