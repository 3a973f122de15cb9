# sys.getsizeof of generators: the generator, its frame's locals and the value stack CPython's compiler
# sizes (co_nlocalsplus + co_stacksize slots), for generator functions and expressions of varied shapes.
import sys

def plain():
    yield 1

def locals_and_loop(a, b, *rest, **kw):
    total = 0
    for x in [a, b, *rest]:
        total += x * kw.get('k', 1)
        yield total

def closure(n):
    step = 2
    def inner():
        yield from range(0, n, step)
    return inner()

def deep(seq):
    for a in seq:
        for b in seq:
            yield {'a': a, 'b': b, 'sum': a + b, 'pair': (a, b), 'list': [a, b, a * b, a - b]}

def guarded(path):
    try:
        with open(path) as f:
            yield f.read()
    except OSError as e:
        yield str(e)
    finally:
        yield 'done'

def call_heavy(f):
    yield f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, key=f(f(1), f(2, 3)), other=[f(x) for x in range(3)])

cases = [
    ('plain', plain()),
    ('locals_and_loop', locals_and_loop(1, 2, 3, 4, k=5)),
    ('closure', closure(10)),
    ('deep', deep([1, 2])),
    ('guarded', guarded('/nonexistent/file')),
    ('call_heavy', call_heavy(lambda *a, **k: a)),
    ('genexpr', (x * x for x in range(3))),
    ('genexpr_nested', ((x, y) for x in range(3) if x for y in range(x) if y % 2 == 0)),
    ('genexpr_closure', (x + step for x in range(3) for step in [1])),
]
for name, g in cases:
    code = g.gi_code
    print(name, sys.getsizeof(g), g.__sizeof__(), code.co_stacksize)
    next(g, None)
    print('  started', sys.getsizeof(g))
    for _ in g:
        pass
    print('  finished', sys.getsizeof(g), g.gi_frame)
