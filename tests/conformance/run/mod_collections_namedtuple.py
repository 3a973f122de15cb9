# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(P3(1, 2), P3._field_defaults, P3.__doc__)
Renamed = namedtuple("Renamed", "a def a", rename=True)
print(Renamed._fields)
for bad in (("Bad", "a a"), ("Bad", "1x"), ("class", "a")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
