# __slots__ gives fixed attributes: set, read, delete, and the errors for the rest.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x

p = Point(1)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print('unset slot:', e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print('delete unset:', e)
try:
    p.z = 3
except AttributeError as e:
    print('new attribute:', e)
try:
    print(p.z)
except AttributeError as e:
    print('read unknown:', e)
print(hasattr(p, 'y'), hasattr(p, 'x'), getattr(p, 'y', 'default'))
print(Point.__slots__, type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(repr(Point.y))
