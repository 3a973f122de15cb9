# Compile-time error: two starred assignment targets.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

*head, *tail = [1, 2, 3]

print(helper(total))
