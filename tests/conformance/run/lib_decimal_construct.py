# Decimal construction, str/repr, as_tuple and hashes.
from decimal import Decimal as D
from fractions import Fraction

for v in ["3.14", "-0", "1_000", " 1.5 ", "1e-7", "1E-6", "123e-8", "-0E+3", "12e3", "inf", "-Infinity", "nan", "-NaN", "snan5", "NaN123", ".5", "5."]:
    print(repr(v), repr(D(v)), str(D(v)), D(v).to_eng_string())
print(D(7), D(-12345678901234567890), D(0.1), D(-0.0), D(2.5), D(float("inf")), D(True))
print(D((0, (1, 2), -1)), D((1, [3, 0, 0], 2)), D((0, (), "F")), D((1, (4, 2), "n")), D(D("2.50")))
print(D("1.20").as_tuple(), D("-inf").as_tuple(), D("NaN123").as_tuple(), D("-1.20").as_integer_ratio())
print(D.from_float(0.25), D.from_float(5), D("1.5").adjusted(), D("0.001").adjusted())
print(hash(D("0.25")), hash(D("-1")), hash(D("1e100")), hash(D("inf")), hash(D("-inf")), hash(D("2.50")) == hash(2.5))
print(D("0.5") == 0.5, D("0.1") == 0.1, D(1) == 1, D("1.0") == Fraction(1), D("0.25") < Fraction(1, 3), D(3) > 2.5)
print(sorted([D("1.5"), D("-2"), D("0.25"), D(1)]), max(D("1.0"), D(1)), D("1.0") in {1: 2})
for bad in ["abc", [1], (0, (1, 12), -1), (2, (1,), 0), (0, (1,), "x"), 1j]:
    try:
        D(bad)
    except Exception as e:
        print(type(e).__name__, e)
for f in (D("nan").__int__, D("inf").__int__, D("snan").__float__, lambda: hash(D("snan")), lambda: round(D("nan"))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
