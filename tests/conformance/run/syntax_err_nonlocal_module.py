# Compile-time error: nonlocal at module level.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

nonlocal counter

print(helper(total))
