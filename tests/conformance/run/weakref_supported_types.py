# Built-in objects that can be weakly referenced.
import weakref


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


s = {1}
fs = frozenset([1])
gen = g()
for obj in [f, C, s, fs, gen, C().m, weakref, int]:
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
