# Fractions from Decimals and back, exact conversions between the numeric types.
from fractions import Fraction as F
from decimal import Decimal as D, localcontext

for d in ["0.1", "-2.50", "1E+3", "3.14159", "0", "1e-20"]:
    f = F(D(d))
    print(d, f, F.from_decimal(D(d)) == f, D(f.numerator) / D(f.denominator), float(f) == float(D(d)))
for x in [0.1, 1 / 3, 2.5, 1e-10]:
    f = F(x)
    print(repr(x), f, f.limit_denominator(1000), D(x) == D(f.numerator) / D(f.denominator) if f.denominator < 10 ** 20 else "-", F(x) == x)
with localcontext(prec=40):
    print(D(F(1, 3).numerator) / D(F(1, 3).denominator), D(1) / D(7))
print(F(1, 4) == D("0.25"), F(1, 3) < D("0.34"), D("0.5") == F(1, 2), sorted([F(1, 3), D("0.3"), 0.35]))
try:
    F(1, 2) + D("0.5")
except TypeError as e:
    print("TypeError:", e)
print(F(D("NaN").is_nan()), F("1.5e2"), F("-3/9"), F(" 7 "), int(F(D("12.9"))))
