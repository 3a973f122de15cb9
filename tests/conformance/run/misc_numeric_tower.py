# int, float, complex, Fraction and Decimal mixed in arithmetic.
from fractions import Fraction
from decimal import Decimal
print(1 + 2.0, 1 + 2j, 2.0 * 1j, Fraction(1, 3) + 1, Fraction(1, 3) + 0.5)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 2, Decimal(1) / Decimal(7))
print(Fraction(3, 4) * Fraction(2, 3), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) ** 2)
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Decimal("0.5") == 0.5)
try:
    Decimal("0.1") + 0.1
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(Fraction(7, 2)), round(Decimal("2.675"), 2), int(Fraction(-7, 2)))
print(repr(Fraction(1, 3)), repr(Decimal("1.0")), str(Fraction(4, 2)))
