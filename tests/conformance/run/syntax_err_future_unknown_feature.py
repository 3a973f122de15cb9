# Compile-time error: unknown __future__ feature.
# A future import must come first, so it is the first statement.
from __future__ import teleport

import sys
total = 0
print("start")
for i in range(3):
    total += i

def helper(value):
    return value * 2
