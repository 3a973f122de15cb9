# Compile-time error: 'continue' not in a loop.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def step():
    continue

print(helper(total))
