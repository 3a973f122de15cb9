# get_referents: what an object's traverse visits, in CPython's order.
import gc


class P:
    pass


print(gc.get_referents([1, 'a', None]))
print(gc.get_referents((1, [2])))
print(gc.get_referents({'a': 1, 'b': [2]}))
print(gc.get_referents({1: 'x', (2,): 'y'}))
p = P()
p.x = [1]
p.y = 2
print(gc.get_referents(p))
print(gc.get_referents(1, 'str', 2.0))
print(sorted(gc.get_referents({3, 1, 2})))
print(gc.get_referents([1], [2, 3]))
