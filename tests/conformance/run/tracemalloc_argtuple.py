# Calling a class goes through tp_call in CPython 3.11: a tuple of the
# positional arguments is built for the call and then waits on the tuple
# free list, where the next call of the same arity takes it back (and
# tracemalloc moves its trace to the line that took it). After a full
# collection the free lists are empty, so the first call of each arity
# allocates its tuple.
import gc
import tracemalloc


class Point:
    def __init__(self, x, y, z=0):
        self.x = x
        self.y = y
        self.z = z


class Slotted:
    __slots__ = ('a', 'b', 'c')

    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


gc.collect()
tracemalloc.start()
pts = [Point(i, i) for i in range(50)]
more = [Point(i, i, i) for i in range(50)]
pair = (pts, more)
again = Point(1, 2)
slots = [Slotted(i, i, i) for i in range(30)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
me = tracemalloc.Filter(True, __file__)
for stat in snap.filter_traces([me]).statistics('lineno'):
    print(stat)
by_size = {}
for trace in snap.filter_traces([me]).traces:
    by_size[trace.size] = by_size.get(trace.size, 0) + 1
print(sorted(by_size.items()))
