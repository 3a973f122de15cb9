# gc.get_referents of a generator: its code and names, then (until it
# finishes) its frame object once Python code has seen it, the frame's
# f_locals dict once read, its function and code, and its locals and cells.
import gc
import sys


def kinds(o):
    return sorted(type(x).__name__ for x in gc.get_referents(o))


def outer(free):
    def gen(a, b, *rest, **kw):
        inner = lambda: a
        yield inner() is a
        yield free
    return gen


g = outer([1])(2, 'b', 3.0, k={})
print('unstarted:', kinds(g))
next(g)
print('suspended:', kinds(g))
frame = g.gi_frame
print('frame seen:', kinds(g))
frame.f_locals
print('f_locals read:', kinds(g))
del frame
print('frame dropped:', kinds(g))
for _ in g:
    pass
print('finished:', kinds(g))


def here():
    yield sys._getframe()


h = here()
f = next(h)
print('own frame taken:', kinds(h), f is h.gi_frame)
print(gc.get_referrers(f) == [h] or sorted(type(x).__name__ for x in gc.get_referrers(f)))
