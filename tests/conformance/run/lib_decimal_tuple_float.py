# Decimal and floats: exact conversions, from_float, as_tuple, to floats and ints.
from decimal import Decimal as D, getcontext
import decimal

for f in [0.1, 0.5, 1.1, 2.675, 1e-7, 123456789.123, -0.0, 5e-324]:
    d = D(f)
    print(repr(f), str(d)[:40], d.as_tuple().exponent, len(d.as_tuple().digits), float(d) == f)
getcontext().clear_flags()
print(D.from_float(0.25), getcontext().flags[decimal.FloatOperation], getcontext().create_decimal_from_float(0.1))
print(int(D("123.999")), int(D("-0.5")), float(D("1e-400")), float(D("-1e400")), float(D("1.5")), complex(D("2.5")))
print(D("3.14159").as_tuple(), D((1, (0, 0, 1, 0), -2)), D((0, (), 0)), D("-0.000").as_tuple())
print(D("1.20").as_integer_ratio(), D("-12e3").as_integer_ratio(), D(10).as_integer_ratio())
print(D(" 12.5\n"), D("+7"), D("1e+2"), D("1E2"), D("0e10"), D(".000"), D("-inf"), D("Inf"), D("+NaN7"))
print(D(10 ** 30), D(-(2 ** 64)), D(True), D(False), str(D("1E+30")), D("1E+30").to_eng_string(), D("1E-30").to_eng_string())
