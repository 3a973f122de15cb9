import tracemalloc

class Plain:
    pass

class Slotted:
    __slots__ = ('v',)

N = 50
early = 'e' * N
tracemalloc.start(3)

def make_str():
    return 's' * (N * 2)

def outer():
    return make_str()

s = outer()
n = N ** 7 + 1
t = tuple(range(30))
sl = Slotted()
p = Plain()
for obj in (s, n, t, sl, p, early, None, 7):
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        print(type(obj).__name__, None)
    else:
        print(type(obj).__name__, len(tb), tb.total_nframe, [f.lineno for f in tb])
        print('\n'.join(tb.format()).replace(__file__, 'prog.py'))
tracemalloc.stop()
print(tracemalloc.get_object_traceback(s))
