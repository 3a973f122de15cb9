# Stack-depth cases: the statements and expressions whose code shapes compile.c varies (displays and calls
# past 30 items, %-formats, match patterns, try*, unwinding through finally and with, folded constants).
import os
from os import path as p, sep
import os.path as osp
import a.b.c as d
from . import x
from m import *
def match1(v):
    match v:
        case None: return 0
        case True: return 1
        case [1, 2, *rest]: return rest
        case [a, *_, b]: return a, b
        case [_, _, *_]: return 2
        case {'k': 1, 'j': [x, y], **kw}: return kw
        case {}: return 3
        case {1: z}: return z
        case P(x=1, y=Q(a, b=c)) if a > c: return a
        case P(1, 2 | 3 as w): return w
        case (1 | 2) | [3, 4] as q: return q
        case str() | bytes(): return 5
        case os.sep: return 6
        case -1.5 | 2j | 1+2j: return 7
        case {'a': [1, {'b': _}]}: return 8
        case _: return 9
def match2(v):
    match v:
        case [x, y] | (y, x): pass
        case {"a": 1, **rest}: pass
    match v:
        case x if x: pass
def tr(a):
    for i in a:
        try:
            with open(i) as f, open(i) as g:
                if f: break
                if g: continue
                return f.read() + g.read()
        except* ValueError as e:
            print(e)
        except* (TypeError, KeyError):
            pass
        finally:
            for j in a:
                try:
                    return j
                finally:
                    print(j)
    else:
        while True:
            if a: break
        while 0:
            pass
        if 0:
            f(1, 2, 3, 4, 5, 6)
        x = 1 if True else g(1, 2, 3)
        y = a and True or b
        z = False and a(1, 2, 3)
        return x is None, x is not None
def calls(a, *b, **c):
    f(*a, 1, 2, *b, k=1, **c, j=2)
    f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, x)
    o.m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29)
    os.path.join(a, b)
    os.getcwd(*a)
    g(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
    d = {1: a, 2: b, 3: c, 4: a, 5: a, 6: a, 7: a, 8: a, 9: a, 10: a, 11: a, 12: a, 13: a, 14: a, 15: a, 16: a, 17: a, **c, 18: b}
    d2 = {a: 1, b: 2, **c}
    l = [1, 2, 3, *a, 4]
    s = {1, 2, 3}
    t = (1, 2, a, *b)
    big = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
    fs = f"{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}"
    fs2 = f"x{a!r:>{b}}y{c:{d}.{e}}"
    pct = '%s-%5r-%.3a %%' % (a, b, c)
    pct2 = '%d' % (a,)
    a[1:2], a[::2], a[1:2, 3]
    a[b:c] = d
    del a[b], a.c, (d, e)
    a.b += c
    a[b] += c
    a[b:c] += d
    x, *y, z = a
    [p, q] = r = a
    (x := 5)
    assert a, b
    assert (a, b)
    raise a from b
    lambda x, y=1, *, z=2, **k: x
    return 2.0 ** 0.5, 1 / 3, 2 ** -1, 7.5 // 2, 7.5 % 2, (1+2j) / 2, 10 ** 30, 'a' * 3, (1, 2) * 2, -(-1), ~5, not 0
class C(B, metaclass=M, **kw):
    x: int = 1
    y: 'str'
    z.w: int
    q[1]: int
    def m(self) -> int:
        return __class__
    @staticmethod
    @dec(1, 2)
    def s(a: int, *b: str, c: float = 1.0, **d: dict) -> None: ...
    class D:
        def __init__(self): super().__init__()
def gen(a):
    yield
    x = yield a
    yield from a
    return [y for y in a if y for z in [y] if z], {k: v for k, v in a}, {s for s in a}, (g for g in a for h in g)
def comp(a):
    return [i for i in [1, 2, 3]], [i for i in {1, 2}], [i for i in (a, 1)], [(i, j) for i in a for j in [i, 2]] , [j for i in a for j in [1]]
async def co(a):
    await a
    return [x async for x in a]
def cmp(a, b, c):
    if a < b < c: pass
    if not a: pass
    if a in [1, 2, 3]: pass
    if a not in {b, c}: pass
    if (a if b else c): pass
    while a and (b or not c): pass
    x = a < b < c
    return a in [b, c]
def fin():
    try:
        pass
    finally:
        return 1
def handlers():
    try:
        f()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return e
    except:
        raise
    else:
        g()
def loops(a):
    for x in a:
        with a:
            try:
                continue
            finally:
                break
    for i in a:
        try:
            pass
        except E as e:
            continue
    while a:
        try:
            return a.b()
        except E:
            return
    return
