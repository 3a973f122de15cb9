# Decimal sqrt and integer powers: exact results keep their ideal exponent, others round.
from decimal import Decimal as D, localcontext

for v in ["0", "0.00", "1", "4", "2", "0.04", "1e-6", "100", "1.44", "2.25e10", "7", "0.1", "Infinity"]:
    print(v, D(v).sqrt())
for base, exp in [("2", 10), ("2", -10), ("1.5", 3), ("-1.5", 3), ("0.1", 5), ("10", 20), ("7", 30), ("1.0", 4), ("3", -3), ("0", 3)]:
    print(base, exp, D(base) ** exp)
with localcontext(prec=5) as ctx:
    print(D(2).sqrt(), D(10) ** 12, D(3) ** 40, D("1.1") ** 100, pow(D(3), 4, 7), ctx.flags)
with localcontext(prec=100):
    s = D(2).sqrt()
    print(str(s)[:60], len(str(s)))
print(D(2) ** D(3), D(4) ** D("-1"), D("0.5") ** 2, pow(D(10), 3, 7), D(-8) ** 3)
