# A dict holds one reference to each key and each value.
import sys


class K:
    def __hash__(self):
        return 1


key, val = K(), K()
d = {key: val}
print('key:', sys.getrefcount(key), 'value:', sys.getrefcount(val))
d[key] = val
print('same pair stored again:', sys.getrefcount(key), sys.getrefcount(val))
d2 = dict(d)
print('dict copy:', sys.getrefcount(key), sys.getrefcount(val))
d2[key] = None
print('value replaced in copy:', sys.getrefcount(key), sys.getrefcount(val))
del d2
ks = list(d.keys())
vs = list(d.values())
items = list(d.items())
print('key/value/items lists:', sys.getrefcount(key), sys.getrefcount(val))
del ks, vs, items
g = d.get(key)
print('get result kept:', sys.getrefcount(val))
del g
p = d.pop(key)
print('popped:', sys.getrefcount(key), sys.getrefcount(val))
del p
d.setdefault(key, val)
print('setdefault:', sys.getrefcount(key), sys.getrefcount(val))
d.update({key: key})
print('update replaces value:', sys.getrefcount(key), sys.getrefcount(val))
d.clear()
print('cleared:', sys.getrefcount(key), sys.getrefcount(val))
fk = dict.fromkeys([key, val], val)
print('fromkeys:', sys.getrefcount(key), sys.getrefcount(val))
