# Fraction constructors: ints, pairs, strings, floats, Decimals, other Fractions.
from fractions import Fraction as F
from decimal import Decimal

print(F(), F(3), F(6, -4), F(F(1, 2), F(1, 3)), F(True))
for s in ["3/4", "-1.5", "1_000.000_1", ".5", "5.", "1E3", " 1.5e-2 ", "+7/21", "-0"]:
    print(repr(s), repr(F(s)))
print(F(0.1), F(-0.0), F(2.5), F(1e20))
print(F(Decimal("1.25")), F(Decimal("-3E-2")), F.from_decimal(Decimal("0.5")), F.from_decimal(3))
print(F.from_float(0.1), F.from_float(3), F.from_float(1.5).limit_denominator(1))
for bad in ["1._5", "abc", "1/2/3", "1 /2", "", "1/-2", "0x10"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1.5, 2), ([1],), (1, 0), ("1/0",), (float("nan"),), (float("inf"),), (Decimal("NaN"),)]:
    try:
        F(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in ("a", 1j):
    try:
        F.from_float(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print("TypeError:", e)
print(F(10, 4).numerator, F(10, 4).denominator, F(10, 4).as_integer_ratio())
