# Compile-time error: 'return' outside function.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

if total > 3:
    return total

print(helper(total))
