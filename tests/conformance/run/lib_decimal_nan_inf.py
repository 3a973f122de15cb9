# Infinities and NaNs in Decimal arithmetic, with and without InvalidOperation trapped.
import decimal
from decimal import Decimal as D, localcontext

inf, ninf, nan, snan = D("Infinity"), D("-Infinity"), D("NaN"), D("sNaN")
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    ctx.traps[decimal.DivisionByZero] = False
    print(inf + 1, inf - inf, inf * 0, inf * -2, inf / inf, 1 / inf, -1 / inf, inf // 3, inf % 3, 5 % inf, 5 // inf)
    print(nan + 1, -nan, abs(ninf), snan + 1, D(0) / 0, D(1) / 0, D(-1) / 0, D(0) ** -1, inf ** 0, inf ** -1, D(-1).sqrt())
    print(inf.sqrt(), ninf.sqrt(), D("-0").sqrt(), nan.quantize(D(1)), inf.quantize(inf), D(1).quantize(inf), max(inf, D(1)))
    print(D("nan5").max(3), D(3).min(D("nan")), inf.compare(ninf), nan.compare(1), divmod(inf, 2), divmod(D(7), 0))
    print(ctx.flags[decimal.InvalidOperation], ctx.flags[decimal.DivisionByZero], repr(ctx)[-70:])
print(inf > 10 ** 100, ninf < -(10 ** 100), inf == float("inf"), nan == nan, [nan] == [nan], inf.is_infinite(), str(-nan))
for f in [lambda: inf - inf, lambda: snan + 1, lambda: nan < 1, lambda: int(inf), lambda: D(1) / 0, lambda: hash(snan)]:
    try:
        f()
    except (ArithmeticError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
