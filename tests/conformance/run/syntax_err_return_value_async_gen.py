# Compile-time error: 'return' with value in an async generator.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

async def agen():
    yield 1
    return 2

print(helper(total))
