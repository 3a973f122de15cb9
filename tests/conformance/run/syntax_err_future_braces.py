# Compile-time error: the __future__ easter egg.
# A future import must come first, so it is the first statement.
from __future__ import braces

import sys
total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2
