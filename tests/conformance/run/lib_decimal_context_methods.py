# Context methods and attributes: arithmetic through a context, Etiny/Etop, copy, flags and traps dicts.
import decimal
from decimal import Decimal as D, Context

c = Context(prec=4, rounding=decimal.ROUND_HALF_UP, traps=[decimal.DivisionByZero])
print(c.add(1, D("0.0001")), c.subtract(D("1.00005"), 1), c.multiply(D("1.2345"), 2), c.divide(2, 3), c.divide_int(7, 2))
print(c.remainder(7, 3), c.divmod(D(7), D(-2)), c.power(2, 20), c.sqrt(D(2)), c.abs(D("-1.23456")), c.minus(5), c.plus(D("1.23456")))
print(c.quantize(D("3.14159"), D("0.01")), c.compare(1, 2), c.max(1, 2), c.min(D(1), D("1.0")), c.normalize(D("1.200")))
print(c.to_integral_value(D("2.5")), c.to_sci_string(D("1E+5")), c.to_eng_string(D("1E+5")), c.create_decimal("1.23456789"))
print(c.Etiny(), c.Etop(), c.prec, c.rounding, c.Emax, c.Emin, c.capitals, c.clamp)
print(repr(c))
cc = c.copy()
cc.prec = 10
cc.clear_flags()
print(repr(cc), c.prec, cc.flags[decimal.Inexact], c.flags[decimal.Inexact])
cc.traps[decimal.Inexact] = True
try:
    cc.divide(1, 3)
except decimal.Inexact as e:
    print("Inexact", e.args)
cc.clear_traps()
print(cc.divide(1, 0), repr(cc)[-60:])
for bad in [dict(prec="x"), dict(Emax=-1), dict(Emin=1), dict(capitals=2), dict(clamp=5)]:
    try:
        Context(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
