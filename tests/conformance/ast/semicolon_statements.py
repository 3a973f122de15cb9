a = 1; b = 2; c = 3
x; y;
if x: a; b
import os; import sys
def f(): return 1; pass
