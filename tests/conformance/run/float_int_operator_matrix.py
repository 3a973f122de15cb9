# Every arithmetic and bitwise operator, plain and augmented, over ints of
# every size, bools and floats (zeros, infinities, nan, extremes): results,
# signs of zeros and errors must all be CPython's.
import math
import operator

VALUES = [7, -7, 0, 3, -3, 2**53 - 1, -(2**53 - 1), 2**31, -2**31 - 1, 10**20, True,
          1.5, -1.5, 0.0, -0.0, 2.0, -2.0, math.inf, -math.inf, math.nan, 1e308, 5e-324]
# The operators as written in source (the compiled fast paths) and as operator's functions.
OPS = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b,
       lambda a, b: a ^ b, operator.floordiv, operator.mod]


def attempt(f, a, b):
    try:
        return repr(f(a, b))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def augmented(a, b):
    x = a
    x += b
    x -= a
    x *= 2
    try:
        x //= b
        x %= 7
        x /= 3
    except Exception as e:
        return type(e).__name__
    return repr(x)


for a in VALUES:
    for b in VALUES:
        print(repr(a), repr(b), ' '.join(attempt(f, a, b) for f in OPS), augmented(a, b))
