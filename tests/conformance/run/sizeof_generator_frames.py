# sys.getsizeof of frame objects: the frame, its locals (co_nlocalsplus) and value stack (co_stacksize),
# for module, class body, function, lambda, comprehension and generator frames.
import sys

module_frame = sys._getframe()
print('module', sys.getsizeof(module_frame), module_frame.f_code.co_stacksize)


def simple():
    return sys._getframe()


def with_cells(a, b=2, *args, key=None, **kw):
    c = a + b
    def use():
        return a, c, key
    return sys._getframe(), use


def stacked(x):
    return [x, x, (x, [x, {x: sys._getframe()}])][2][1][1][x]


class Body:
    frame = sys._getframe()
    size = sys.getsizeof(frame)


def gen(n):
    for i in range(n):
        yield sys._getframe()


lam = lambda a, b: (a, b, sys._getframe())
comp = [sys._getframe() for _ in range(1)][0]
frames = [
    ('simple', simple()),
    ('with_cells', with_cells(1)[0]),
    ('stacked', stacked(1)),
    ('class', Body.frame),
    ('lambda', lam(1, 2)[2]),
    ('listcomp', comp),
    ('generator', next(gen(2))),
]
for name, f in frames:
    print(name, sys.getsizeof(f), f.__sizeof__(), f.f_code.co_stacksize, f.f_code.co_nlocals)
print('class body size seen in the class', Body.size)
g = gen(3)
print('gi_frame before start', sys.getsizeof(g.gi_frame))
