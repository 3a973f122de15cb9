# The signals: exception classes, trapped conditions and their messages.
import decimal
from decimal import Decimal as D, getcontext

print([c.__name__ for c in decimal.DivisionByZero.__mro__], [c.__name__ for c in decimal.FloatOperation.__mro__])
print([c.__name__ for c in decimal.Underflow.__mro__][:5], issubclass(decimal.ConversionSyntax, decimal.InvalidOperation))


def attempt(f):
    try:
        print(repr(f()))
    except decimal.DecimalException as e:
        print(type(e).__name__, e.args)
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: D("abc"))
attempt(lambda: D(1) / 0)
attempt(lambda: D(0) / 0)
attempt(lambda: D(-1).sqrt())
attempt(lambda: D(1) // 0)
attempt(lambda: D(1) % 0)
attempt(lambda: D("inf") - D("inf"))
attempt(lambda: D("nan") < 1)
attempt(lambda: D("1.5").quantize(D("1e-30")))
attempt(lambda: D("0.1") + 0.1)
attempt(lambda: 0.5 * D(2))
ctx = getcontext()
ctx.traps[decimal.Inexact] = True
attempt(lambda: D(1) / 3)
ctx.traps[decimal.Inexact] = False
ctx.traps[decimal.FloatOperation] = True
attempt(lambda: D(1.5))
attempt(lambda: D(1) < 1.5)
print(D(1) == 1.0)
ctx.traps[decimal.FloatOperation] = False
ctx.Emax = 10
attempt(lambda: D("9e10") * 10)
ctx.traps[decimal.Overflow] = False
attempt(lambda: D("9e10") * 10)
print(ctx.flags)
print(repr(ctx))
