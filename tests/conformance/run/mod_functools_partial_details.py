# functools: partial (flattening, keywords, repr, attributes), partialmethod, reduce, cmp_to_key.
import functools
from functools import partial, partialmethod, reduce, cmp_to_key

p = partial(max, 3, key=abs)
print(p, p.func, p.args, p.keywords, p(-5), p(1, key=None))
pp = partial(p, 10)
print(pp, pp.func is max, pp.args)
p.attr = "x"
ppp = partial(p, 1)
print(ppp.func is p, p.__dict__, repr(partial(print, sep="-", end="!")))
print(partial(int, base=2)("101"), partial(int, "ff", base=16)(), partial(pow, 2)(10))
class MyPartial(partial):
    pass
print(MyPartial(min, 4), type(MyPartial(min) ), callable(p))
for bad in (lambda: partial(), lambda: partial(1), lambda: reduce(max, []), lambda: reduce(max, 5), lambda: reduce(max)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], "init"), reduce(max, [4], 9))
try:
    p.func = None
except AttributeError as e:
    print("AttributeError:", e)

class Cell:
    def __init__(self):
        self.state = False
    def set_state(self, state, note=""):
        self.state = state
        return note
    set_alive = partialmethod(set_state, True, note="alive")
    set_dead = partialmethod(set_state, False)
c = Cell()
print(c.set_alive(), c.state, c.set_dead(note="bye"), c.state, type(Cell.__dict__["set_alive"]).__name__)
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state at "))

def compare(a, b):
    return (a > b) - (a < b)
key = cmp_to_key(lambda a, b: compare(len(a), len(b)) or compare(a, b))
print(sorted(["ccc", "a", "bb", "aa"], key=key), type(key(1)).__name__)
k1, k2 = key("x"), key("yy")
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj)
try:
    k1 < 3
except TypeError as e:
    print("TypeError:", e)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)
