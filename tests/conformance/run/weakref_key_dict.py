# WeakKeyDictionary drops entries whose keys die.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Key({self.n})'


d = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
d[k1] = 'one'
d[k2] = 'two'
print(len(d), d[k1], k2 in d)
del k1
print(len(d), list(d.items()))
print(d.get(k2), d.pop(k2), len(d))
k3 = Key(3)
d.update({k3: 'three'})
print(list(d.keys()), list(d.values()))
print(1 in d)
