# WeakValueDictionary drops entries whose values die.
import weakref


class Img:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Img({self.name!r})'


cache = weakref.WeakValueDictionary()
a, b, c = Img('a'), Img('b'), Img('c')
cache['a'] = a
cache['b'] = b
cache['c'] = c
print(len(cache), sorted(cache))
del b
print(len(cache), sorted(cache), 'b' in cache)
print(cache.get('b', 'missing'), cache['a'])
try:
    cache['b']
except KeyError as e:
    print('KeyError', e)
print(sorted(cache.items()))
print(cache.pop('a'), len(cache))
print(cache.setdefault('z', c) is c)
del a, c
print(len(cache), list(cache.keys()))
