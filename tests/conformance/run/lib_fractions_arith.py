# Fraction arithmetic with Fractions, ints, floats and complex numbers.
from fractions import Fraction as F
import math

a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a * 3, 2 / F(4), 2 - a, 7 // F(2, 3), 7 % F(2, 3))
print(a + 0.5, 0.5 + a, a * 1j, 1j - a, F(1, 2) ** 0.5, 2 ** F(1, 2))
print(F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), F(9, 4) ** F(2))
print(-a, +a, abs(b), int(b), float(a), complex(a), bool(F(0)), bool(a))
print(math.floor(b), math.ceil(b), math.trunc(b), round(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(1234, 100), 1), round(F(1234, 1), -2), round(F(2, 3), 3))
print(sum([F(1, n) for n in range(1, 8)]), math.prod([F(1, 2)] * 5))
for expr in ["F(3, 2) / 0", "F(-3, 2) / 0", "F(0) / 0", "F(3, 2) // 0", "F(3, 2) % 0",
             "divmod(F(3, 2), 0)", "F(0) ** -1", "F(3, 2) // 0.0", "F(1, 2) + 'a'",
             "pow(F(1), 2, 3)", "'a' * F(2)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
