# Reflected operators run when the left operand returns NotImplemented;
# a subclass's reflected method runs first.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Money.__add__")
        if isinstance(other, (int, Money)):
            return Money(self.v + (other.v if isinstance(other, Money) else other))
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__")
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.v})"

class Euro(Money):
    def __radd__(self, other):
        print("Euro.__radd__")
        return Euro(other.v + self.v if isinstance(other, Money) else other + self.v)
    def __repr__(self):
        return f"Euro({self.v})"

print(Money(1) + 2)
print(2 + Money(1))
print(Money(1) + Euro(5))
print(sum([Money(1), Money(2)]))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
