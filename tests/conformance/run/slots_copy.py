# copy and deepcopy of slotted objects copy the slot values.
import copy

class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

p = Point([1], 2)
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, c.x is p.x, d.x is p.x)

half = Point.__new__(Point)
half.x = 1
h2 = copy.copy(half)
print(h2.x, hasattr(h2, 'y'))

class Mixed:
    __slots__ = ('a', '__dict__')

m = Mixed()
m.a = 1
m.b = 2
m2 = copy.copy(m)
print(m2.a, m2.b, m2.__dict__)
print(p.__reduce_ex__(2)[2])
