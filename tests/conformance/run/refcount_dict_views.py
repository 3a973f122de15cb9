# Dict views and iterators hold the dict; items() iteration makes pairs.
import sys


class V:
    pass


d = {'a': V(), 'b': V()}
print('dict:', sys.getrefcount(d))
keys = d.keys()
vals = d.values()
items = d.items()
print('three views:', sys.getrefcount(d))
it = iter(items)
print('items iterator (holds the dict):', sys.getrefcount(d))
k, v = next(it)
print('value from an items pair:', sys.getrefcount(d['a']))
del k, v
print('pair unpacked and dropped:', sys.getrefcount(d['a']))
list(it)
print('iterator exhausted (drops the dict):', sys.getrefcount(d))
del keys, vals, items, it
print('views gone:', sys.getrefcount(d))
m = d.get('b')
print('get keeps a reference:', sys.getrefcount(m))
