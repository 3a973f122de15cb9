# __slots__ = () makes instances that carry nothing at all.
import sys

class Nothing:
    __slots__ = ()

n = Nothing()
try:
    n.x = 1
except AttributeError as e:
    print(e)
print(Nothing.__basicsize__, sys.getsizeof(n), sys.getsizeof(object()))

class Mixin:
    __slots__ = ()

    def describe(self):
        return f'{type(self).__name__} with {self.fields()}'

class Point(Mixin):
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def fields(self):
        return (self.x, self.y)

p = Point(1, 2)
print(p.describe(), hasattr(p, '__dict__'), Point.__basicsize__)

class Other(Mixin):
    __slots__ = ('z',)

class Both(Point, Mixin):
    __slots__ = ()

print(Both(3, 4).describe(), Both.__basicsize__, [c.__name__ for c in Both.__mro__])
