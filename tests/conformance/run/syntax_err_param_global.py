# Compile-time error: name is parameter and global.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

def scale(x, factor):
    global x
    return x * factor

print(helper(total))
