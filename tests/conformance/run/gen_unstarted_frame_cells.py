# A generator call makes the frame's cells and takes its free variables before
# the body runs: an unstarted generator already holds them, shows them in
# f_locals, and releases them (with the arguments) when it is deleted.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def outer(free):
    def gen(a, b, *rest, **kw):
        inner = lambda: a
        yield inner() is a
        yield free.name
    return gen


g = outer(Noisy('free'))(Noisy('a'), Noisy('b'), Noisy('rest'), k=Noisy('kw'))
print(sorted(g.gi_frame.f_locals))
print('delete unstarted')
del g
gen = outer(Noisy('free2'))
g = gen(Noisy('a2'), Noisy('b2'))
print(next(g), next(g))
print(sorted(g.gi_frame.f_locals))
print('delete suspended')
del g
x = Noisy('x')
g = gen(x, x)
print('refs before start', sys.getrefcount(x))
next(g)
print('refs after start', sys.getrefcount(x))
g.close()
print('refs after close', sys.getrefcount(x))
del gen
print('end')
