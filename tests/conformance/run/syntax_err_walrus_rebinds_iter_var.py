# Compile-time error: walrus rebinding the comprehension variable.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

values = [x := x + 1 for x in range(3)]

print(helper(total))
