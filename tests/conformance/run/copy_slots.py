# Instances with __slots__ are copied through copyreg's state: (dict, slots).
import copy


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, [2])
print(p.__getstate__())
q = copy.copy(p)
print(q.x, q.y is p.y)
r = copy.deepcopy(p)
print(r.x, r.y, r.y is not p.y)
partial = P.__new__(P)
partial.x = 5
print('unset slot skipped:', partial.__getstate__())
print(copy.copy(partial).x, hasattr(copy.copy(partial), 'y'))


class Both:
    __slots__ = ('s', '__dict__')


b = Both()
b.s = 'slot'
b.d = 'dict'
print(b.__getstate__())
b2 = copy.deepcopy(b)
print(b2.s, b2.d)
