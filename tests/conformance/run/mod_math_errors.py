# math domain errors and other error messages.
import math
cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000),
    lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.pow(0, -1), lambda: math.gamma(0),
    lambda: math.sqrt("4"), lambda: math.fmod(1, 0), lambda: math.ldexp(1.0, 10 ** 6),
    lambda: math.log(10, 1), lambda: math.atanh(1),
]
for c in cases:
    try:
        print(c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf))
