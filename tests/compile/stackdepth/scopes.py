# Stack-depth cases: scopes (closures, class cells, lambdas, comprehensions, generators), docstrings, annotations.
"doc" "string"
if __debug__:
    x = 1
assert x, "m"
def outer(a, b=1, *c, d, e=2, **f):
    "doc"
    g = lambda: (yield a)
    def inner():
        nonlocal a
        a += b
        return a, b, c, d, e, f
    class K:
        v = a
        def m(self): return b, __class__
    return inner, K, [lambda: a for _ in c], (x for x in c if a)
def f2():
    global G
    def G(): pass
    return 1 + 2 + 3, "x" "y", b"a" * 3, (1, (2, 3))[1]
class Doc:
    "class doc"
    a: int
    for i in range(3):
        b: int = i
def big_return(a, b, c):
    return {'a': a, 'b': b, 'c': c}, {a: 1, b: 2}, {**a}, {}, [], (), set(), [*a], (*a,), {*a}
def deep(a):
    return a(a(a(a(a(a(a(1, 2), 3), 4), 5), 6), 7), 8) + a.b.c.d(e.f(g.h(1, 2, 3), 4), [5, 6, 7, 8], {9: 10})
def w(a):
    with a as (b, c), d as e[0]:
        return b
    with a:
        pass
def tf(a):
    try:
        return a()
    except E as e:
        return e.x()
    finally:
        del a
