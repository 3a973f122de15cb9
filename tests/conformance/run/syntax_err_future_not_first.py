# Compile-time error: __future__ import after code.
# CPython reports it before running anything, so nothing is printed.
import sys

total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2

from __future__ import annotations

print(helper(total))
