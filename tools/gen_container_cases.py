"""Generate tests/runtime/containers_cases.json: small programs exercising
list, tuple, dict, set, frozenset, range, slice and the built-in iterators,
with the output CPython 3.11 prints for each, for tests/runtime/containers.test.ts.

Each program prints what it observes (values, reprs, iteration orders, the
exception type and message of each error, __sizeof__ for the capacities) so
that its whole behaviour is in its stdout. Programs use only the core of the
language and the container types themselves.

Run:  python3 tools/gen_container_cases.py
"""
import json
import os
import subprocess
import sys

assert sys.implementation.name == 'cpython' and sys.version_info[:2] == (3, 11), 'generate with CPython 3.11'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'runtime', 'containers_cases.json')

# A helper every program starts with: run a statement, print its error if it raises.
PRELUDE = '''
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', repr(r))
'''

CASES = {}


def case(name, src):
    assert name not in CASES, name
    CASES[name] = PRELUDE + src


# ---------------------------------------------------------------- list

case('list_methods', '''
l = []
print(l, l.__sizeof__())
for i in range(12):
    l.append(i)
    print(len(l), l.__sizeof__())
l.insert(0, 'a'); l.insert(-1, 'b'); l.insert(100, 'c'); l.insert(-100, 'd')
print(l, l.__sizeof__())
print(l.pop(), l.pop(0), l.pop(-2), l, l.__sizeof__())
l.remove('a'); print(l)
print(l.index(5), l.index(5, 2), l.index(5, -10, 100), l.count(3), l.count('zz'))
err(lambda: l.index(5, 7))
err(lambda: l.index(99))
err(lambda: l.remove(99))
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop('a'))
err(lambda: l.insert(1))
err(lambda: l.append())
err(lambda: l.index())
err(lambda: l.index(1, 'a'))
err(lambda: l.pop(1, 2))
l.reverse(); print(l)
c = l.copy(); print(c == l, c is l, c.__sizeof__())
l.clear(); print(l, l.__sizeof__(), c)
while c:
    c.pop()
    print(len(c), c.__sizeof__())
''')

case('list_capacity', '''
def size(x):
    return (x.__sizeof__() - 40) // 8
one = 1
print(size([]), size([1]), size([one, one, one]), size([x for x in range(5)]), size([x for x in range(0)]))
print(size(list(range(3))), size(list(range(9))), size(list(x for x in range(3))), size(list({1, 2, 3})))
print(size(list({1: 2, 3: 4, 5: 6})), size(list('abcde')), size(list((1, 2, 3))), size(list([1, 2, 3, 4, 5])))
print(size(list(iter([1, 2, 3]))), size(list(reversed([1, 2, 3]))), size(list(map(str, [1, 2, 3]))))
class L:
    def __len__(self):
        return 10
    def __iter__(self):
        return iter([1, 2])
class H:
    def __length_hint__(self):
        return 7
    def __iter__(self):
        return iter([1, 2, 3])
print(size(list(L())), size(list(H())))
l = [1]; l.extend({1, 2, 3}); print(size(l))
l = [1]; l.extend(iter([1, 2, 3])); print(size(l))
l = [1]; l.extend(x for x in range(3)); print(size(l))
l = []; l.extend(range(5)); print(size(l))
l = [1]; l.pop(); l.extend((1, 2, 3)); print(size(l))
l = [1, 2]; l.clear(); l.extend((1, 2, 3)); print(size(l))
l = list((1, 2, 3)); l.extend(l); print(size(l), l)
l = list((1, 2, 3)); l += l; print(size(l))
l = list((1, 2, 3)); l *= 3; print(size(l))
l = list((1, 2, 3)); l *= 0; print(size(l), l)
print(size([1, 2, 3, 4, 5][1:4]), size([1, 2, 3, 4, 5][::2]), size([1, 2] + [3]), size([1, 2] * 3), size([] * 3))
l = list(range(10)); del l[::2]; print(size(l), l)
l = list((1, 2, 3)); l[1:2] = [7, 8, 9, 10]; print(size(l), l)
l = list(range(20)); del l[2:18]; print(size(l), l)
l = [1]; del l[0]; l.extend((1, 2, 3)); print(size(l))
l = [one, one, one]; l.insert(0, 5); print(size(l))
l = []
for i in range(30):
    l.append(i)
sizes = []
while l:
    l.pop()
    sizes.append(size(l))
print(sizes)
''')

# The capacity of lists the code generator builds (displays of constants, starred targets).
case('list_capacity_displays', '''
def size(x):
    return (x.__sizeof__() - 40) // 8
print(size([1, 2, 3]), size([1, 2, 3, 4, 5]), size(['a', 'b', 'c']))
a, *b, c = (1, 2, 3, 4, 5)
print(b, size(b))
a, *b = range(10)
print(b, size(b))
''')

case('list_getitem_slices', '''
l = list(range(10))
print(l[0], l[-1], l[True], l[2:5], l[:3], l[7:], l[::3], l[::-1], l[-3:-1], l[8:2:-2], l[100:], l[-100:2])
print(l[2:8:-1], l[10**30:], l[:-10**30], l[::10**30], l[::-10**30], l[None:None:None])
err(lambda: l[10])
err(lambda: l[-11])
err(lambda: l['a'])
err(lambda: l[1.0])
err(lambda: l[::0])
err(lambda: l['a':])
err(lambda: l[10**30])
class I:
    def __index__(self):
        print('index called')
        return 2
print(l[I()], l[I():I()], l[::I()])
''')

case('list_setitem_slices', '''
l = list(range(10))
l[0] = 'a'; l[-1] = 'z'; print(l)
l[2:5] = 'xy'; print(l)
l[::2] = range(5); print(l)
l[5:2] = [99]; print(l)
l[::-3] = [1, 2, 3, 4]; print(l)
l[1:1] = []; print(l)
l[:] = l; print(l)
l[::-1] = l; print(l)
l[2:4] = l; print(l)
del l[::3]; print(l)
del l[::-2]; print(l)
del l[1:3]; print(l)
del l[-1]; print(l)
del l[5:1]; print(l)
del l[:]; print(l, l.__sizeof__())
m = [1, 2, 3]
def e1(): m[::2] = [1]
def e2(): m[::2] = 1
def e3(): m[0:1] = 1
def e4(): m[5] = 1
def e5(): del m[5]
def e6(): m['a'] = 1
def e7(): m[::0] = []
for f in (e1, e2, e3, e4, e5, e6, e7):
    err(f)
def g():
    yield 7
    yield 8
m[1:2] = g(); print(m)
m[::2] = g(); print(m)
''')

case('list_operators', '''
a = [1, 2]; b = [3]
print(a + b, a * 2, 2 * a, a * 0, a * -1, [] * 5)
err(lambda: a + (1,))
err(lambda: a * 'x')
err(lambda: a * 1.5)
err(lambda: a * 2**64)
err(lambda: a < 1)
c = a
c += (7, 8)
print(a, c is a)
c *= 2
print(a)
def iadd():
    global a
    a += 1
err(iadd)
print([1, 2] == [1, 2], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
n = float('nan')
print([n] == [n], [float('nan')] == [float('nan')], n in [n], [1, 2] < [1, 'a'] if False else 'skip')
err(lambda: [1, 2] < [1, 'a'])
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__rmul__([1], 2), [1].__iadd__('ab'))
err(lambda: list.__mul__([1], 'a'))
print(bool([]), bool([0]), len([1, 2, 3]), 3 in [1, 2, 3], 4 not in [1, 2, 3])
''')

case('list_eq_order', '''
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print('eq', self.n, other.n if isinstance(other, E) else other)
        return isinstance(other, E) and self.n == other.n
    def __lt__(self, other):
        print('lt', self.n, other.n)
        return self.n < other.n
    __hash__ = None
a = [E(1), E(2), E(3)]
b = [E(1), E(5), E(3)]
print(a == b)
print(a < b)
print(E(3) in a)
print(a.count(E(2)))
print(a.index(E(3)))
a.remove(E(2))
print(len(a))
x = E(9)
print([x] == [x], x in [x], [x].count(x))
''')

case('list_repr', '''
l = [1, 'a', None, (2,), [3, [4]], {5: 6}]
print(l, repr(l), str(l))
l.append(l); print(l)
m = [l, [l]]; print(m)
t = ([],); t[0].append(t); print(t)
class R:
    def __repr__(self):
        l.clear()
        return 'R'
l = [R(), 1, 2]
print(l)
''')

case('list_sort_basic', '''
l = [3, 1, 2, 5, 4]; l.sort(); print(l)
l.sort(reverse=True); print(l)
l = ['b', 'A', 'a', 'B']; l.sort(key=str.lower); print(l)
l.sort(key=str.lower, reverse=True); print(l)
l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]; l.sort(); print(l)
l.sort(key=lambda t: t[0]); print(l)
l.sort(key=lambda t: t[0], reverse=True); print(l)
l = [2.5, 1, 3, -1.5, True, 0]; l.sort(); print(l)
l = [[1, 2], [1], [0, 5], []]; l.sort(); print(l)
l = [1, 'a']
err(lambda: l.sort())
print(l)
err(lambda: [].sort(1))
err(lambda: [].sort(key=1, x=2))
err(lambda: [2, 1].sort(key=1))
err(lambda: [].sort(reverse='a'))
err(lambda: [].sort(reverse=2**40))
l = [3, 1, 2]; l.sort(reverse=5); print(l)
l.sort(key=None, reverse=0); print(l)
def bad(x):
    if x == 2:
        raise ValueError('bad key')
    return x
l = [3, 1, 2]
err(lambda: l.sort(key=bad))
print(l)
''')

case('list_sort_modified', '''
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
err(lambda: l.sort(key=key))
print(l)
m = [5, 4, 3, 2, 1]
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('len during sort', len(m))
        m.append(0)
        return self.v < other.v
    def __repr__(self):
        return 'C' + str(self.v)
m = [C(2), C(1)]
err(lambda: m.sort())
print(m)
seen = []
def k(x):
    seen.append(len(lst))
    return -x
lst = [1, 2, 3]
lst.sort(key=k)
print(lst, seen)
''')

case('list_sort_comparisons', '''
class K:
    calls = 0
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
def lcg(seed, n, mod):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out
def run(name, values):
    items = [K(v, i) for i, v in enumerate(values)]
    K.calls = 0
    items.sort()
    tags = [k.tag for k in items]
    h = 0
    for t in tags:
        h = (h * 31 + t) % 1000000007
    print(name, len(values), K.calls, h)
run('random', lcg(1, 300, 1000))
run('dups', lcg(2, 500, 10))
run('sorted', list(range(200)))
run('reversed', list(range(200, 0, -1)))
run('sawtooth', [i % 37 for i in range(600)])
run('runs', list(range(100)) + list(range(50)) + list(range(300, 200, -1)) + lcg(3, 80, 50))
run('organpipe', list(range(150)) + list(range(150, 0, -1)))
run('fewuniq', lcg(4, 2000, 3))
run('almost', [i if i % 50 else -i for i in range(1000)])
run('small', [3, 1, 2])
run('equal', [7] * 100)
run('gallop', list(range(0, 2000, 2)) + list(range(1, 2000, 2)))
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
l = [L(v) for v in [5, 3, 8, 1, 9, 2, 7]]
l.sort()
print([x.v for x in l])
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('N.lt', self.v, other.v)
        return NotImplemented
    def __gt__(self, other):
        print('N.gt', self.v, other.v)
        return self.v > other.v
l = [N(2), N(1), N(3)]
l.sort()
print([x.v for x in l])
l = [(N(2), 1), (N(1), 2)]
l.sort()
print([x[1] for x in l])
''')

case('list_constructor_subclass', '''
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1, 'b': 2}))
err(lambda: list(1, 2))
err(lambda: list(x=1))
err(lambda: list(1))
class MyList(list):
    def __init__(self, *args):
        print('init', args)
        super().__init__(*args)
m = MyList('ab')
print(m, type(m).__name__, isinstance(m, list), len(m), m + [1], type(m + [1]).__name__, m[:1], type(m[:1]).__name__)
m.append(3); print(m, m == ['a', 'b', 3])
class Sub(list):
    pass
s = Sub([3, 1, 2]); s.sort(); print(s, repr(s), s.__class__.__name__)
s.x = 5; print(s.x)
l = [1, 2, 3]
l.__init__([9]); print(l)
print(list.__len__(l), list.__contains__(l, 9), list.__getitem__(l, 0))
err(lambda: hash([]))
print(list.__hash__)
''')

case('list_iteration', '''
l = [1, 2, 3]
it = iter(l)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
l.append(4)
print(list(it), it.__length_hint__(), list(it))
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
l.clear()
print(list(r), r.__length_hint__())
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
    print(x, end=' ')
print()
print(list(reversed([1, 2, 3])), list(l.__reversed__()))
''')

# ---------------------------------------------------------------- tuple

case('tuple_basics', '''
t = (1, 'a', None, (2, 3), [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2], t[10:], (1,), (), tuple())
print(t.count(1), t.index('a'), t.index(None, 1, 3), (1, 2, 1).count(1))
err(lambda: t.index(5))
err(lambda: t.index(None, 3))
err(lambda: t[9])
err(lambda: t['a'])
err(lambda: t.count())
err(lambda: t + [1])
err(lambda: t * 'a')
err(lambda: tuple(1, 2))
err(lambda: tuple(x=1))
err(lambda: tuple(1))
print(t + (9,), (1, 2) * 2, 2 * (1,), (1, 2) * 0, tuple('ab'), tuple([1, 2]), tuple(x for x in range(3)), tuple({1: 2}))
u = (1, 2, 3)
print(u[:] is u, u[0:3] is u, u[0:3:1] is u, u + () is u, () + u is u, u * 1 is u, tuple(u) is u, u[::-1] is u)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () <= (), (1,) != (1,), (1, 2) > (1,))
err(lambda: (1, 'a') < (1, 2))
print(1 in (1, 2), 3 in (1, 2), bool(()), bool((0,)))
print(tuple.__add__((1,), (2,)), (1, 2).__getnewargs__(), u.__sizeof__(), ().__sizeof__())
n = float('nan')
print((n,) == (n,), (n,) < (n, 1))
''')

case('tuple_hash', '''
vals = [(), (1,), (1, 2), (1, (2, 3)), ('a', 'b'), (1.5, -2), (True, False), (2**64, -2**70),
        (frozenset({1, 2}), 'x'), ((), ()), (-1,), (-2,), (0, 0, 0)]
for v in vals:
    print(repr(v), hash(v))
err(lambda: hash((1, [2])))
err(lambda: hash(([], 1)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'a'}[(1, 2)])
''')

case('tuple_subclass', '''
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return 'P' + tuple.__repr__(self)
p = P(1, 2)
print(p, p[0], len(p), type(p).__name__, p + (3,), type(p + (3,)).__name__, p[:], type(p[:]).__name__, p == (1, 2))
print(tuple(p), type(tuple(p)).__name__, tuple(p) is p, hash(p) == hash((1, 2)))
class T(tuple):
    pass
t = T([1, 2, 3]); t.attr = 1
print(t, t.attr, t * 1 is t, type(t * 1).__name__)
err(lambda: T(1, 2))
''')

# ---------------------------------------------------------------- dict

case('dict_basics', '''
d = {'a': 1, 'b': 2}
d['c'] = 3; d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, d.get('z'), d.get('z', 0), d.get('a', 0))
del d['b']; print(d)
err(lambda: d['zz'])
def delz(): del d['zz']
err(delz)
err(lambda: d[[1]])
err(lambda: {}.get())
err(lambda: {}.get(1, 2, 3))
print(d.setdefault('x', 5), d.setdefault('x', 6), d.setdefault('y'), d)
print(d.pop('x'), d.pop('nope', 'dflt'), d)
err(lambda: d.pop('nope'))
err(lambda: {}.pop([]))
err(lambda: {1: 2}.pop([]))
print(d.popitem(), d.popitem(), d)
err(lambda: {}.popitem())
d2 = d.copy(); d2['q'] = 1; print(d, d2)
d.clear(); print(d, d.__sizeof__())
e = {1: 'a', 1.0: 'b', True: 'c'}; print(e)
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2})
err(lambda: {} < {})
err(lambda: hash({}))
print(dict.__hash__, bool({}), bool({0: 0}))
''')

case('dict_constructor_update', '''
print(dict(), dict(a=1, b=2), dict({'x': 1}, y=2), dict([(1, 2), (3, 4)]), dict(['ab', 'cd']), dict(zip('ab', 'cd')))
print(dict({1: 2}.items()), dict([[1, 2]]), dict(((1, 2),), one=1))
err(lambda: dict(1, 2))
err(lambda: dict(1))
err(lambda: dict([1]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict(['abc']))
err(lambda: dict([[1]]))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
d = {'a': 1}
d.update(M()); d.update([('z', 0)]); d.update(b=2); d.update({'a': 9}, c=3); print(d)
err(lambda: d.update(1))
err(lambda: d.update(1, 2))
err(lambda: d.update([1]))
class K:
    def keys(self):
        return 5
err(lambda: dict(K()))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({'x': 1, 'y': 2}, []), dict.fromkeys({3, 1, 2}))
err(lambda: dict.fromkeys())
err(lambda: dict.fromkeys(1))
class D(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
print(D.fromkeys('ab', 1), type(D.fromkeys('a')).__name__)
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 2})
e = {'a': 1}; e |= {'b': 2}; e |= [('c', 3)]; print(e)
err(lambda: {} | 1)
def ior():
    x = {}
    x |= 1
err(ior)
print(dict.__or__({1: 2}, 3), dict.__ror__({1: 2}, {3: 4}))
''')

case('dict_sizes', '''
def sz(d):
    return d.__sizeof__()
print(sz({}), sz({'a': 1}), sz({1: 1}), sz(dict(a=1)), sz({'a': 1, 2: 2}))
d = {}
for i in range(30):
    d['k' + str(i)] = i
    print(i, sz(d), end='; ')
print()
d = {}
for i in range(30):
    d[i] = i
    print(i, sz(d), end='; ')
print()
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
print(sz(d)); d[1] = 1; print(sz(d))
d = dict.fromkeys(range(10)); print(sz(d))
d = dict.fromkeys({1, 2, 3}); print(sz(d))
d = dict.fromkeys({'a': 1, 'b': 2}); print(sz(d))
d = {'a': 1}; d.update(b=2); print(sz(d))
d = {}; d.update(a=1, b=2, c=3, e=4, f=5, g=6); print(sz(d))
big = {i: i for i in range(100)}
print(sz(big), sz(big.copy()), sz(dict(big)))
for i in range(90):
    del big[i]
print(sz(big), sz(big.copy()), sz(dict(big)), big.copy())
big.clear(); print(sz(big))
x = {'a': 1}; x.popitem(); print(sz(x)); x['b'] = 2; print(sz(x), x)
''')

case('dict_views', '''
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, list(reversed(k)), list(reversed(i)))
print(type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__)
print(type(reversed(v)).__name__, type(reversed(i)).__name__)
d['d'] = 4; print(k, v, i)
print(k == {'a', 'b', 'c', 'd'}, k == ['a'], k < {'a', 'b', 'c', 'd', 'e'}, i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}, {'a', 'z'} & k, {'q'} | k, ['a', 'b'] - k if False else '')
print(i & {('a', 1)}, i - {('a', 1)}, k.isdisjoint({'q'}), k.isdisjoint(['a']), i.isdisjoint(i))
e = {'a': 1, 'b': 5, 'x': 9}
print(d.items() ^ e.items(), d.keys() ^ e.keys(), d.keys() & e.keys(), d.keys() | e.keys())
err(lambda: hash(k))
print(hash(v) == hash(v), v == v, v == d.values())
err(lambda: k < 1)
err(lambda: [] - k)
print(list({}.keys()), repr({}.items()))
r = {}; r[1] = r.keys(); print(r)
''')

case('dict_iteration_errors', '''
d = {1: 1, 2: 2}
def add():
    for k in d:
        d[k + 10] = 0
err(add)
d = {1: 1, 2: 2}
def remove():
    for k in d:
        del d[k]
err(remove)
d = {1: 1, 2: 2, 3: 3}
def same_size():
    for k in d:
        del d[k]
        d[k + 100] = 0
err(same_size)
print(d)
d = {1: 1, 2: 2}
def values():
    for v in d.values():
        d.pop(1)
err(values)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 'changed'
print(d)
it = iter({1: 1, 2: 2})
print(it.__length_hint__(), next(it), it.__length_hint__())
d = {'a': 1}
it = reversed(d)
d['b'] = 2
err(lambda: next(it))
err(lambda: next(it))
''')

case('dict_missing_subclass', '''
class Counter(dict):
    def __missing__(self, key):
        print('missing', key)
        return 0
c = Counter(a=1)
print(c['a'], c['b'], c, 'b' in c, c.get('b'))
class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
d = Default()
d['x'].append(1); print(d)
class NoMissing(dict):
    pass
err(lambda: NoMissing()['q'])
class Rep(dict):
    def __repr__(self):
        return 'Rep(' + dict.__repr__(self) + ')'
print(Rep(a=1), dict(Rep(b=2)), Rep(c=3) == {'c': 3})
class Keys(dict):
    def keys(self):
        print('keys called')
        return ['z']
    def __getitem__(self, k):
        return 'item'
k = Keys(a=1)
print(dict(k), {**k} if False else '', dict.fromkeys(k))
class It(dict):
    def __iter__(self):
        return iter(['a'])
    def keys(self):
        print('It.keys')
        return ['a']
print(dict(It(a=1, b=2)))
''')

case('dict_repr_eq_order', '''
d = {}
d['self'] = d
print(d)
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return 'E' + str(self.n)
x = {E(1): 'a', E(2): 'b'}
print(x[E(2)])
print(E(3) in x)
print({E(1): 1} == {E(1): 1})
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print('H.eq')
        return False
    def __repr__(self):
        return 'H'
y = {H(2**32): 1}
print(H(0) in y, y)
''')

# ---------------------------------------------------------------- set / frozenset

case('set_order', '''
print({5, 1, 3}, {100, 1, 33, 64, 2}, {-1, -2, 0, 1})
s = set()
for n in (32, 0, 16, 8, 40, 24, 56, 48, 72, 64):
    s.add(n)
    print(s, s.__sizeof__())
s = set()
for w in ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape']:
    s.add(w)
print(s)
s = set(range(100))
for n in range(0, 100, 3):
    s.discard(n)
print(list(s)[:20], s.__sizeof__())
s.update(set([1000, 512, 256, 130, 3]))
print(list(s)[-8:])
s = {0, 8}; s.remove(0); s.add(16); print(s)
s = set(range(10)); s.discard(0); s.discard(5); s.add(32); print(s)
s = set('the quick brown fox'); print(s, len(s))
m = set([1.5, 2, 'a', (1, 2), -3, 2.0, True, frozenset([1])]); print(m)
print(set(range(20, 0, -3)), set([2 ** 40, 2 ** 30, 1, 7]), set([1 << 61, -(1 << 61), 5, -5]))
p = set(range(10))
print([p.pop() for i in range(4)], p)
p.add(0); p.add(100); print(p.pop(), p.pop(), p)
''')

case('set_methods', '''
a = set([1, 2, 3, 4]); b = set([3, 4, 5, 6])
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [9, 8]), a.intersection(b, [4]), a.difference(b, [1]), a.symmetric_difference([5, 1]))
print(a.union(), a.intersection(), a.difference(), a.union() is a)
print(a <= b, a < a | b, a >= set([1]), a > a, a == set([4, 3, 2, 1]), a != b, a.issubset([1, 2, 3, 4, 5]), a.issuperset((1,)))
print(a.isdisjoint(b), a.isdisjoint([7, 8]), a.isdisjoint(a), set().isdisjoint(set()))
c = set(a); c.update([7], (8,)); print(c)
c.intersection_update([1, 2, 7, 99], range(10)); print(c)
c.difference_update([1]); print(c)
c.symmetric_difference_update([2, 50]); print(c)
c.discard(999); c.discard(50); print(c)
err(lambda: c.remove(999))
err(lambda: c.remove([]))
err(lambda: c.add([]))
err(lambda: set().pop())
err(lambda: a | [1])
err(lambda: a < [1])
err(lambda: a.union(1))
err(lambda: a.issubset(1))
err(lambda: set(1, 2))
err(lambda: set(x=1))
err(lambda: hash(set()))
def ior():
    s = set()
    s |= [1]
err(ior)
d = set([1, 2])
e = d
d |= {3}; d &= {1, 3, 9}; d -= {9}; d ^= {7}
print(d, e is d)
print(set({'x': 1, 'y': 2}), set().union({'k': 1}), set([1, 2]).difference({1: 2}), set([1, 2]).symmetric_difference({2: 0, 5: 0}))
s = set([1, 2])
print(s.copy(), s.copy() is s, set([frozenset([1])]) , frozenset([1]) in set([frozenset([1])]), set([1]) in set([frozenset([1])]))
t = set([frozenset([1, 2])])
t.remove(set([1, 2])); print(t)
t.add(frozenset()); t.discard(set()); print(t)
print(set.__hash__, s.__contains__(1), set.__len__(s), s.__sizeof__())
big = set(range(100)); print(big.__sizeof__(), big.copy().__sizeof__(), (big - set(range(90))).__sizeof__())
''')

case('frozenset_basics', '''
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset('aab'), len(f), 2 in f)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])), hash(frozenset([frozenset([1])])))
print(hash(f) == hash(frozenset([1, 2, 3])), f == set([1, 2, 3]), set([1, 2, 3]) == f)
print(f | set([9]), type(f | set([9])).__name__, type(set([9]) | f).__name__, type(f - set()).__name__)
print(f.copy() is f, frozenset(f) is f, f.union() is f, type(f.union()).__name__)
err(lambda: frozenset(1, 2))
err(lambda: frozenset(x=1))
err(lambda: f.add)
g = f
g |= {7}
print(g, f, g is f)
d = {f: 'x'}; print(d[frozenset([1, 2, 3])])
class FS(frozenset):
    pass
x = FS([1, 2])
print(x, repr(x), type(x).__name__, type(x | {3}).__name__, frozenset(x) is x, type(x.copy()).__name__, hash(x) == hash(frozenset([1, 2])))
class S(set):
    pass
y = S([1]); print(y, S(), type(y.copy()).__name__, type(y | {2}).__name__)
err(lambda: S(1, 2))
''')

case('set_repr_eq', '''
class R:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return repr(self.s)
    def __hash__(self):
        return 1
s = set()
s.add(R(s))
print(s)
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return 'E' + str(self.n)
t = set()
for i in range(4):
    t.add(E(i))
print(t)
print(E(2) in t)
t.discard(E(1)); print(t)
t.add(E(9)); print(t)
print({E(0)} == {E(0)})
''')

# ---------------------------------------------------------------- range

case('range_basics', '''
r = range(10)
print(r, range(1, 5), range(1, 10, 3), range(0), range(5, 0, -1), range(-3), range(True))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(0, -5)), r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], range(0, 20, 3)[-2:0:-2])
print(list(range(10, 0, -3)), list(range(-5)), list(range(2, 2)), bool(range(0)), bool(range(1)))
print(3 in r, 10 in r, -1 in r, True in r, 3.0 in r, 'a' in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), -4 in range(0, -10, -2))
print(r.index(3), r.count(3), r.count(11), range(0, 10, 2).index(6), r.index(True), r.count(3.0))
err(lambda: r.index(10))
err(lambda: r.index('a'))
err(lambda: r.index(True) if False else r.index(2.5))
err(lambda: r[10])
err(lambda: r['a'])
err(lambda: range())
err(lambda: range(1, 2, 3, 4))
err(lambda: range(1.5))
err(lambda: range(1, 2, 0))
err(lambda: range(x=1))
print(r.start, r.stop, r.step, range(1, 2, -7).step)
def setr(): r.start = 1
err(setr)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(0, 10, 2) == range(0, 9, 2), r != range(10))
print(r == list(r), hash(range(3)) == hash(range(0, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
err(lambda: range(3) < range(4))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(type(iter(r)).__name__, type(reversed(r)).__name__, type(iter(range(2**63))).__name__, type(iter(range(2**62))).__name__)
print(type(reversed(range(2**63))).__name__, type(reversed(range(-2**63, 0))).__name__, type(iter(range(-2**63, -2**63 + 2))).__name__)
it = iter(range(5)); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
''')

case('range_big', '''
b = range(2**64)
err(lambda: len(b))
print(b[2**63], b[-1], b[10:2**63:2**60], 2**63 in b, b.index(2**62), b.count(2**70), bool(b))
print(range(-2**70, 2**70, 2**68), len(range(-2**70, 2**70, 2**68)), list(range(2**60, 2**60 + 3)), list(reversed(range(2**63 - 2, 2**63 + 1))))
print(range(10**20, 10**20 + 5)[2], range(0, 10**20, 10**19)[-1], list(range(10**20, 10**20 + 3)))
i = iter(range(2**63, 2**63 + 2)); print(type(i).__name__, list(i))
print(range(10)[::10**30], range(10)[10**30:], range(10)[-10**30:])
print(range(0, 2**64, 3).index(3 * 10**18))
''')

case('range_contains_custom', '''
class Eq:
    def __eq__(self, other):
        print('eq', other)
        return other == 2
r = range(5)
print(Eq() in r)
print(r.count(Eq()))
print(r.index(Eq()))
class I(int):
    pass
print(I(3) in r, r.index(I(3)), r.count(I(3)))
''')

# ---------------------------------------------------------------- slice

case('slice_objects', '''
s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), s.start, s.stop, s.step, slice(5).start)
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(3, 1, -1).indices(0))
print(slice(2**70, -2**70, -2**69).indices(10**20), slice(-3, None).indices(2))
err(lambda: slice(1).indices(-1))
err(lambda: slice(1).indices('a'))
err(lambda: slice(1, 2, 0).indices(5))
err(lambda: slice(1.5).indices(5))
err(lambda: slice())
err(lambda: slice(1, 2, 3, 4))
err(lambda: slice(x=1))
err(lambda: hash(slice(1)))
def sets(): s.start = 3
err(sets)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 3), s == s)
err(lambda: slice(1, 'a') < slice(1, 2))
print(slice.__hash__, s.__reduce__(), slice('a', [1], None))
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::], g[1:2:3], g[:, 1:], g[..., 1])
''')

# ---------------------------------------------------------------- iterators

case('iter_builtins', '''
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-2)), list(enumerate(iterable='x', start=2**70)))
print(list(enumerate(start=1, iterable='y')), list(enumerate([], 2**63 - 1)), list(enumerate('abc', 2**63 - 2)))
err(lambda: enumerate())
err(lambda: enumerate(1))
err(lambda: enumerate([], 'a'))
err(lambda: enumerate([], 1, 2))
err(lambda: enumerate([], start=1, x=2))
err(lambda: enumerate([], x=2))
err(lambda: enumerate(1, 'a'))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2], (True, None, 5))), list(zip('ab', 'cd', strict=True)))
err(lambda: zip(1))
err(lambda: zip([], x=1))
err(lambda: zip([], strict=1, x=2))
err(lambda: list(zip([1], [], strict=True)))
err(lambda: list(zip([1], [1, 2], strict=True)))
err(lambda: list(zip([1], [1], [1, 2], strict=True)))
err(lambda: list(zip([1, 2], [1], [1], strict=True)))
err(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, [])))
err(lambda: map())
err(lambda: map(len))
err(lambda: map(len, 1))
err(lambda: map(len, [], x=1))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(bool, [0, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
err(lambda: filter())
err(lambda: filter(len))
err(lambda: filter(len, 1))
err(lambda: filter(len, [], x=1))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
err(lambda: reversed())
err(lambda: reversed(1))
err(lambda: reversed({1}))
err(lambda: reversed([], x=1))
err(lambda: reversed(1, 2))
for it in (enumerate([]), zip(), map(len, []), filter(None, []), reversed(())):
    print(type(it).__name__, iter(it) is it)
print(type(reversed('ab')).__name__, reversed('ab').__length_hint__())
''')

case('iter_protocols', '''
class Seq:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 3
s = Seq()
print(list(s), 20 in s, list(reversed(s)))
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class NoLen:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
it = iter(NoLen())
print(it.__length_hint__(), list(it))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NotRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
err(lambda: reversed(NotRev()))
err(lambda: iter(5))
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci))
err(lambda: iter(1, 2))
def stopper():
    raise StopIteration
print(list(iter(stopper, 0)))
class Weird:
    def __eq__(self, other):
        print('sentinel eq', other)
        return other == 2
n[0] = 0
print(list(iter(counter, Weird())))
''')

case('iter_result_reuse', '''
d = {'a': 1, 'b': 2, 'c': 3}
items = list(d.items())
print(items, items[0] is items[1])
it = iter(d.items())
first = next(it); fid = id(first); del first
second = next(it); print(second, id(second) == fid)
third = next(it); print(third, third is second)
it = reversed(d.items())
first = next(it); fid = id(first); del first
second = next(it); print(second, id(second) == fid)
e = enumerate('xyz')
a = next(e); aid = id(a); del a
b = next(e); print(b, id(b) == aid)
c = next(e); print(c, c is b)
z = zip('ab', 'cd')
x = next(z); xid = id(x); del x
y = next(z); print(y, id(y) == xid)
''')

case('iter_set_dict_mutation', '''
s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
err(grow)
print(len(s) > 3)
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__(), next(it), it.__length_hint__())
s.discard(3)
err(lambda: next(it))
print(it.__length_hint__())
err(lambda: next(it))
s = {1, 2}
for x in s:
    s.discard(x)
    s.add(x + 100)
    break
print(s)
''')


# Reference counts after container operations (sys.getrefcount of one object).
case('refcounts', '''
import enum
print(hasattr(enum, '_simple_enum'), hasattr(enum, 'global_enum'), hasattr(enum, 'KEEP'))
@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex
print(repr(RegexFlag.I), RegexFlag.I | RegexFlag.M, RegexFlag(3000), ~RegexFlag.I, RegexFlag(1024), list(RegexFlag))
''')

# An exception in __lt__ during merges leaves the list a permutation of its items.
case('list_sort_errors', '''
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 777 or o.v == 777:
            raise RuntimeError('boom')
        return self.v < o.v
    def __repr__(self): return str(self.v)
def lcg(seed, n, mod):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out
for seed in range(5):
    vals = lcg(seed, 300, 1000)
    vals[150 + seed * 20] = 777
    l = [K(v) for v in vals]
    try:
        l.sort()
    except RuntimeError as e:
        print('err', e)
    h = 0
    for k in l:
        h = (h * 31 + k.v) % 1000000007
    print(len(l), h)
vals = list(range(0, 600, 2)) + list(range(1, 600, 2))
vals[400] = 777
l = [K(v) for v in vals]
try:
    l.sort()
except RuntimeError as e:
    print('err', e)
h = 0
for k in l:
    h = (h * 31 + k.v) % 1000000007
print(h)
# key functions and reverse with exception
l = [K(v) for v in lcg(9, 200, 50)]
l[10] = K(777)
try:
    l.sort(key=lambda k: k, reverse=True)
except RuntimeError as e:
    print('err', e)
print([k.v for k in l][:20])
''')

# Python code run by lookups (__eq__) that changes the container; view operators with iterables.
case('mutation_during_compare', '''
d = {}
class M:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        print('eq', self.n, o.n)
        if self.n == 0:
            d.clear()
            d[M(5)] = 'x'
        return self.n == o.n
    def __repr__(self): return 'M' + str(self.n)
d[M(0)] = 'a'
d[M(1)] = 'b'
print(d)
s = set()
class N:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        print('Neq', self.n, o.n)
        if self.n == 0 and o.n == 1:
            s.add(N(9))
        return False
    def __repr__(self): return 'N' + str(self.n)
s.add(N(0))
s.add(N(1))
print(s)
k = {'a': 1, 'b': 2}.keys()
print(k & [1, 'a'], k | (1, 2), k - 'ab', k ^ ['a', 'c'], [1, 'a'] & k if False else '', 'b' in k)
err(lambda: k & [[]])
err(lambda: {'a': 1}.items() & [[]])
print({"a": 1}.items() | [("b", 2)])
err(lambda: {1: [2]}.items() & [(1, [2])])
err(lambda: {1: [2]}.items() | [(1, [2])])
print({1, 2} == frozenset({1, 2}), {1, 2}.keys if False else '', set() == set(), frozenset() == set())
print(range(0, 10, 3)[-2], range(10, 0, -3)[1:], range(10, 0, -3)[::-1], range(0, 10, 3)[::-2], range(5)[-2:-10:-1])
print(range(3) == range(3), range(0, 0) == range(10, 10), range(1, 2) == range(1, 2, 10))
print(range(-5, 5)[True], [10, 20, 30][True], (1, 2)[False])
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx()], (1, 2)[Idx()], range(3)[Idx()], [0, 1, 2, 3][Idx():Idx()], 'x')
print(list(enumerate([1, 2], -3)), list(enumerate('a', Idx())))
e = enumerate('ab')
print(hasattr(e, '__length_hint__'))
def gen():
    yield 1
    raise ValueError('inner')
err(lambda: list(zip([1, 2], gen(), strict=True)))
err(lambda: list(zip(gen(), [1], strict=True)))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter(set())).__name__, type(iter(frozenset())).__name__, type(iter(())).__name__)
print(list(reversed({'a': 1}.values())), list(reversed({'a': 1, 'b': 2}.items())))
d = {1: 'a'}
d.update([(2, 'b')], c=3)
print(d)
d = dict.fromkeys(['x', 'y'])
print(d, d.__sizeof__())
print(dict([('a', 1)], **{'b': 2}))
print(sorted([3,1,2]) if False else '', frozenset({1: 2}), set('aab') - set('b'))
''')

def run(src):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    proc = subprocess.run([sys.executable, '-c', src], capture_output=True, env=env, timeout=60)
    if proc.returncode != 0 or proc.stderr:
        raise SystemExit(f'case failed under CPython:\n{src}\n{proc.stderr.decode()}')
    return proc.stdout.decode()


# Set displays of constants, for set.ts's foldedFrozenset: the items (ints and
# strs) and the repr CPython gives the display.
FOLDED = [
    [1, 2, 3], ['apple', 'banana', 'cherry', 'date'], [8, 16, 24, 32, 40, 48], [-5, 5, -50, 50, 1 << 61, -(1 << 61)],
    [1000, 512, 256, 130, 3], list('abcdefghij'), [0, 8, 16, 24, 32, 40, 48, 56, 64, 72], ['x', 1, 'y', 2, 'z', 3],
]


def folded_display(items):
    return run('print({' + ', '.join(repr(x) for x in items) + '})')


def main():
    cases = [{'name': name, 'source': src, 'stdout': run(src)} for name, src in CASES.items()]
    # JSON numbers are doubles: ints beyond 2**53 go as {"int": digits}.
    encode = lambda x: {'int': str(x)} if isinstance(x, int) and abs(x) > 2 ** 53 else x
    folded = [{'items': [encode(x) for x in items], 'repr': folded_display(items)} for items in FOLDED]
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'python': sys.version.split()[0], 'cases': cases, 'folded': folded}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()
