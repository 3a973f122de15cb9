# Copying a list or dict subclass goes through __reduce_ex__, not the fast path.
import copy


class Tracking(list):
    def __reduce_ex__(self, proto):
        print('Tracking.__reduce_ex__', proto)
        return super().__reduce_ex__(proto)


t = Tracking([1, [2]])
c = copy.copy(t)
print(type(c).__name__, c, c[1] is t[1])
d = copy.deepcopy(t)
print(d, d[1] is not t[1])


class Pairs(dict):
    def __setitem__(self, k, v):
        print('setitem', k)
        super().__setitem__(k, v)


p = Pairs()
dict.__setitem__(p, 'a', 1)
dict.__setitem__(p, 'b', 2)
q = copy.copy(p)
print(q)
