# Compile-time error: 'await' inside a plain def.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def load():
    data = await fetch()
    return data

print(helper(total))
