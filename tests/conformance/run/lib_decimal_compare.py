# Decimal comparisons, sorting, hashing and equality with other numeric types.
from decimal import Decimal as D
from fractions import Fraction

vals = [D("1.0"), D("1"), D("-0"), D("0"), D("1E+1"), D("10"), D("-1.50"), D("Infinity"), D("-Infinity"), D("0.001")]
print(sorted(vals), max(vals), min(vals))
print([v == 10 for v in vals], D("1.0") == D("1.00"), D("-0") == D("0"), D("1.5") != D("1.50"))
print(len({D("1.0"), D("1"), D("1.00"), 1, 1.0}), hash(D("1.5")) == hash(1.5), hash(D("-0")), hash(D(10)) == hash(10))
print(D("0.5") < 1, D(1) <= 1.0, D("2.5") > Fraction(5, 3), D(3) >= 3, 2 < D("2.1"), D("1e400") > 10 ** 399)
print(D("NaN") == D("NaN"), D("NaN") != 1, D("NaN") in [D("NaN")], D(1).compare(D(2)), D(2).compare(D("2.0")), D("NaN").compare(1))
print(D("1.2").max(D("1.20")), D("-0").max(D("0")), D("1").min(D("1.0")), D("NaN").min(D(3)), D(5).max(D("Infinity")))
print(D(3).same_quantum(D(4)), D("3.0").same_quantum(D(3)), D("1.10").is_signed(), D("-0").is_signed(), D("1e-1000000").is_subnormal())
print(D("5").is_normal(), D(0).is_zero(), D("inf").is_infinite(), D("nan").is_nan(), D("snan").is_snan(), D("nan").is_qnan(), D(1).is_finite())
try:
    D("NaN") < 1
except Exception as e:
    print(type(e).__name__, e)
print(sorted([D("2"), 1, 1.5, Fraction(7, 4)]))
