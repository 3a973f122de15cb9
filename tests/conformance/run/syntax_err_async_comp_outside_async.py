# Compile-time error: async comprehension in a plain function.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def collect(source):
    return [x async for x in source]

print(helper(total))
