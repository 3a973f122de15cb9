# Special methods called by the interpreter (operators, iteration, len) appear as calls.
import cProfile
import pstats
from _profutil import report, masked, Ticks

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __bool__(self):
        return bool(self.xs)

def work():
    v = Vec(1, 2) + Vec(3, 4)
    return len(v), list(v), v[0], bool(v), v if v else None

pr = cProfile.Profile()
pr.runcall(work)
report(pr, 'stdname')
