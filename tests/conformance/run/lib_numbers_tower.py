# The numeric ABCs: registrations of the built-in types and the abstract methods.
import numbers
from fractions import Fraction

classes = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for c in classes:
    print(c.__name__, [isinstance(x, c) for x in (1, True, 1.5, 1j, Fraction(1, 2), "a")])
print(sorted(numbers.Rational.__abstractmethods__)[:6])
print(len(numbers.Integral.__abstractmethods__), numbers.Number.__hash__)
print([c.__name__ for c in numbers.Integral.__mro__])


class Half(numbers.Rational):
    pass


try:
    Half()
except TypeError as e:
    print(str(e)[:60])
