# Every rounding mode on ties, near-ties and negative values, via quantize and context precision.
import decimal
from decimal import Decimal as D

modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
values = ["2.5", "3.5", "-2.5", "2.51", "2.49", "-0.5", "0.05", "1.05", "-1.15", "9.95", "0.0"]
for mode in modes:
    print(mode.ljust(16), " ".join(str(D(v).quantize(D("0.1") if "." in v and len(v.split(".")[1]) > 1 else D("1"), rounding=mode)) for v in values))
with decimal.localcontext() as ctx:
    ctx.prec = 3
    for mode in modes:
        ctx.rounding = mode
        print(mode.ljust(16), +D("1.235"), +D("-1.235"), +D("99.95"), +D("0.0012345"), D(2) / 3, D(-2) / 3)
print(D("7.325").quantize(D("0.01"), decimal.ROUND_HALF_UP), D("7.325").quantize(D("0.01")), round(D("7.325"), 2))
print(D("123.456").quantize(D("1e1")), D("123.456").quantize(D("1e-5")), D("-0.001").quantize(D("0.01")))
print(D("1.5").to_integral_value(decimal.ROUND_HALF_DOWN), D("2.5").to_integral_value(decimal.ROUND_HALF_UP), D("-2.5").to_integral(decimal.ROUND_CEILING))
