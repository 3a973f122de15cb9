# Methods, properties, class and static methods, dunder methods of classes.
import cProfile
import pstats
from _profutil import report, masked, Ticks

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def dist(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

def work():
    p, o = Point(3, 4), Point.origin()
    return p.norm2, Point.dist(p, o), p == o, repr(p), str(o)

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
