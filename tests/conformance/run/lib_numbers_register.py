# Registering classes with the numeric ABCs, and isinstance checks on the tower.
import numbers
from decimal import Decimal
from fractions import Fraction


class Money:
    def __init__(self, cents):
        self.cents = cents


numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Complex), isinstance(Money(5), numbers.Rational))
print(issubclass(Money, numbers.Number), issubclass(numbers.Real, numbers.Complex), issubclass(numbers.Complex, numbers.Real))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), isinstance(Fraction(1), numbers.Real))
print(isinstance(True, numbers.Integral), isinstance(2.0, numbers.Integral), isinstance(complex(1), numbers.Real))


def kind(x):
    for cls in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number):
        if isinstance(x, cls):
            return cls.__name__
    return "not a number"


print([kind(x) for x in (1, Fraction(1, 2), 0.5, 1j, Decimal("1.5"), "1")])
print(numbers.Integral.register(Money) is Money, isinstance(Money(1), numbers.Integral))
