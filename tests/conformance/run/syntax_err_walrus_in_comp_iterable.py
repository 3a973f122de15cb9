# Compile-time error: walrus in a comprehension iterable.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

squares = [i * i for i in (src := range(4))]

print(helper(total))
