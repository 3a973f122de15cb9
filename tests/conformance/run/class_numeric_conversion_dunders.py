# __int__, __float__, __complex__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        return int(self.v) * 10
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"

n = Num(2.7)
print(int(n), float(n), complex(n), bin(n), hex(n), list(range(n))[:3], "abcdefghijklmnopqrstuvwxyz"[n:])
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))
import operator
print(operator.index(n), [1, 2, 3][:n])

class BadInt:
    def __int__(self):
        return "nope"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
