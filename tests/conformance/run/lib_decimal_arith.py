# Decimal arithmetic under the default context: exact results and rounding to 28 digits.
from decimal import Decimal as D, getcontext

print(D("0.1") + D("0.2"), D("1.10") * 2, D(1) / D(7), D("1.30") + D("1.2"), D(1) / D(8), D(2) / D(3))
print(D(5) // D(-2), D(-5) % D(3), divmod(D(-7), D(2)), D("7.5") % 2, 10 - D("0.01"), 3 * D("1.1"))
print(D("1.10") ** 2, D(2) ** -2, D(10) ** -3, D(3) ** -3, D("1.1") ** 50, D(7) ** 100, D("-2") ** 3)
print(D("0.00").sqrt(), D(2).sqrt(), D(16).sqrt(), D("1E-10").sqrt(), D("0.0004").sqrt())
print(-D(0), D("-0") + D(0), +D("1.2345678901234567890123456789012"), abs(D("-3.50")))
print(D("100").normalize(), D("1.2300").normalize(), D("0.000").normalize(), D("12.345").quantize(D("0.01")))
print(D("-0.5").to_integral(), D("2.5").to_integral_value(), D("1E+2").to_integral(), D("12.7").to_integral_exact())
print(round(D("2.5")), round(D("-3.5")), round(D("2.675"), 2), round(D("1234.5"), -2), int(D("-7.9")), float(D("0.1")))
print(sum([D("0.1")] * 10), D(1).max(D("1.0")), D(2).min(D(-3)), D(1).compare(D(2)), D("NaN").max(D(1)))
print(D("123456789012345678901234567890") + 1, D("1e-30") + D("1e30"))
print(getcontext().flags)
