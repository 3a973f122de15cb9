# Compile-time error: 'yield from' in an async function.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

async def relay(source):
    yield from source

print(helper(total))
