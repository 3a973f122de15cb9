# Tuple subclasses take only empty __slots__, which keeps them as small as tuples.
import sys
from collections import namedtuple

class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
print(p, p.first, sys.getsizeof(p) == sys.getsizeof((1, 2)))
try:
    p.extra = 1
except AttributeError as e:
    print(e)

class Loose(tuple):
    pass

print(Pair.__basicsize__, Loose.__basicsize__, sys.getsizeof(Loose((1, 2))))
Point = namedtuple('Point', 'x y')
print(Point.__slots__, sys.getsizeof(Point(1, 2)))
pt = Point(1, 2)
try:
    pt.z = 3
except AttributeError as e:
    print(e)
