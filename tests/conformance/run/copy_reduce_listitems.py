# copy._reconstruct: listitems and dictitems from a reduce value are appended / set.
import copy


class Bag:
    def __init__(self):
        self.items = []
        self.pairs = {}

    def append(self, x):
        print('append', x)
        self.items.append(x)

    def extend(self, xs):
        print('extend', list(xs))
        self.items.extend(xs)

    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.pairs[k] = v

    def __reduce_ex__(self, proto):
        return (Bag, (), None, iter(self.items), iter(self.pairs.items()))


b = Bag()
b.items += [1, 2]
b.pairs['k'] = 'v'
c = copy.copy(b)
print(c.items, c.pairs)
d = copy.deepcopy(b)
print(d.items, d.pairs)
