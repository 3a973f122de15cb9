# Compile-time error: walrus in a comprehension in a class body.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

class Config:
    names = [last := n for n in ("a", "b")]

print(helper(total))
