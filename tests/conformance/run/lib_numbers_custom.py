# A user class completing numbers.Integral gets the mixin methods.
import numbers


class Nat(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"Nat({self.v})"
    def __eq__(self, o): return int(self) == int(o)
    def __lt__(self, o): return int(self) < int(o)
    def __le__(self, o): return int(self) <= int(o)
    def __hash__(self): return hash(self.v)


ops = ['__abs__', '__add__', '__and__', '__ceil__', '__floor__', '__floordiv__', '__invert__',
       '__lshift__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__',
       '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__',
       '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__',
       '__trunc__', '__xor__']
for name in ops:
    setattr(Nat, name, lambda self, *a, _n=name: Nat(getattr(int(self), _n)(*[int(x) for x in a])))
Nat.__abstractmethods__ = frozenset()

n = Nat(7)
print(n + 1, n - Nat(2), divmod(n, Nat(2)), n.numerator, n.denominator)
print(float(n), complex(n), n.real, n.imag, n.conjugate(), bool(n), [10, 20, 30, 40, 50, 60, 70, 80][n])
print(isinstance(n, numbers.Rational), issubclass(Nat, numbers.Complex))
