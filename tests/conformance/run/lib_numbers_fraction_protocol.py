# The Rational and Real mixin methods used by generic numeric code.
import math
import numbers
from fractions import Fraction


def describe(x):
    parts = [type(x).__name__]
    if isinstance(x, numbers.Rational):
        parts.append(f"{x.numerator}/{x.denominator}")
    if isinstance(x, numbers.Real):
        parts.append(f"floor={math.floor(x)} ceil={math.ceil(x)} trunc={math.trunc(x)} round={round(x)}")
    if isinstance(x, numbers.Complex):
        parts.append(f"real={x.real} imag={x.imag} conj={x.conjugate()}")
    return " ".join(parts)


for x in [7, -7, True, Fraction(-7, 2), Fraction(7, 3), 2.5, -2.5]:
    print(describe(x))
print(describe(3 + 4j))
print(numbers.Rational.__float__(Fraction(1, 3)), numbers.Integral.__float__(5), numbers.Real.__complex__(Fraction(1, 2)))
print(numbers.Real.__divmod__(Fraction(7, 2), 2), numbers.Real.__rdivmod__(Fraction(7, 2), 10), numbers.Complex.__sub__(Fraction(1), 3))
print(numbers.Integral.__index__(True), numbers.Complex.__bool__(Fraction(0)), numbers.Real.real.fget(Fraction(3, 4)))
