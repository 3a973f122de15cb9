import tracemalloc

class Point:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class Pair:
    __slots__ = ('a', 'b')

def mine(snapshot):
    kept = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in kept.statistics('lineno'):
        print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 3000
tracemalloc.start()
for i in range(1000):
    keep[i] = Point(i, i, i)
for i in range(1000, 1500):
    keep[i] = Pair()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine(snap)
