# Contexts: precision, rounding modes, flags, traps and localcontext.
import decimal
from decimal import Decimal as D, localcontext, getcontext, Context

print(repr(getcontext()))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D("123456789") + 0, +D("1.23456789"))
    for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
                 decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
        ctx.rounding = mode
        print(mode, +D("2.50005"), +D("-2.50005"), +D("2.50015"), +D("1.00001"), D("7.5").quantize(D(1)))
    print(repr(ctx))
print(D(1) / D(3))
with localcontext(prec=3, rounding=decimal.ROUND_DOWN) as c:
    print(D(2) / 3, c.prec)
c = Context(prec=6, Emax=99, Emin=-99, traps=[])
print(c.divide(D(1), 7), c.multiply(D("1e60"), D("1e60")), c.add(1, D("1e-120")), c.power(2, 10), c.sqrt(2))
print(repr(c))
c.clear_flags()
print(c.create_decimal("3.14159265"), c.create_decimal(0.1), c.Etiny(), c.Etop(), c.flags[decimal.Inexact])
print(decimal.BasicContext.prec, decimal.ExtendedContext.traps[decimal.DivisionByZero], decimal.MAX_PREC)
decimal.setcontext(decimal.ExtendedContext)
print(D(1) / 0, D(0) / 0, D(-1).sqrt(), D(2) / 3, getcontext().flags[decimal.DivisionByZero])
decimal.setcontext(decimal.DefaultContext)
try:
    Context(prec=0)
except ValueError as e:
    print("ValueError:", e)
try:
    getcontext().rounding = "nope"
except TypeError as e:
    print("TypeError:", e)
