# Slotted objects pickle their slots as the second part of the state.
import pickle

class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Labeled(Point):
    __slots__ = ('label', '__dict__')

p = Point(1, 2)
for proto in range(2, 6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(q).__name__, q.x, q.y)
l = Labeled(3, 4)
l.label = 'here'
l.note = 'extra'
m = pickle.loads(pickle.dumps(l, 2))
print(m.x, m.y, m.label, m.__dict__)
print(Point.__reduce_ex__(p, 2)[2], l.__reduce_ex__(2)[2])
partial = Point.__new__(Point)
partial.x = 5
r = pickle.loads(pickle.dumps(partial, 4))
print(r.x, hasattr(r, 'y'))
try:
    pickle.dumps(p, 1)
except TypeError as e:
    print(e)
