# Enum's functional API: names as a string, a list, pairs or a mapping.
from enum import Enum, IntEnum, Flag, StrEnum

A = Enum('A', 'x y,z', start=5)
B = Enum('B', [('p', 10), ('q', 20), ('r', 10)])
C = Enum('C', {'m': 'mm', 'n': 'nn'})
D = IntEnum('D', ['u', 'v'])
E = Enum('E', 'a b', module='mymod', qualname='Outer.E')
F = Flag('F', 'r w x')
S = StrEnum('S', 'alpha beta')
print(list(A), list(B), B.r is B.p, list(C), list(D), D.u + 1)
print(A.__module__, E.__module__, E.__qualname__, repr(E.a), type(D.u).__mro__[1].__name__)
print(list(F), F.r | F.x, S.alpha, repr(S.beta), S('beta'))
print(A(6), A['z'], len(A), [m.name for m in reversed(A)], A.__members__)
G = Enum('G', 'one two', type=int)
print(G.two + 1, repr(G.one), isinstance(G.one, int))

class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'
H = Base('H', 'a b')
print(H.b.describe(), [m.describe() for m in H])
try:
    Enum('Bad', 'mro')
except ValueError as e:
    print('ValueError:', e)
try:
    Enum('Bad', 'a a')
except TypeError as e:
    print('TypeError:', e)
try:
    A(99)
except ValueError as e:
    print('ValueError:', e)
try:
    Enum()
except TypeError as e:
    print('TypeError:', e)
