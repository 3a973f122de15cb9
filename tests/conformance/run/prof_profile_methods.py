# profile.Profile: run with __main__'s namespace, runctx with its own, dump_stats, timers of
# several figures, methods and classes, and a Profile reused for several statements.
import os
import profile
import pstats
import tempfile
from _profutil import report, Ticks

class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @property
    def double(self):
        return self.v * 2

def use():
    b = Box(3)
    return b.get() + b.double

p = profile.Profile(Ticks())
print(p.run('use()') is p)
p.runctx('use()', {'use': use}, {})
report(p, 'name', 'calls')

class Pair:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return (self.n * 0.001, self.n * 0.002)

class Triple(Pair):
    def __call__(self):
        self.n += 1
        return [self.n * 0.001, 0.0, self.n * 0.001]

for timer in (Pair(), Triple()):
    q = profile.Profile(timer)
    print(q.runcall(use), q.dispatcher.__name__)
    report(q, 'name')

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'p.out')
    p.dump_stats(path)
    st = pstats.Stats(path)
    st.strip_dirs()
    print(sorted((k[2], v[0], v[1]) for k, v in st.stats.items()))
