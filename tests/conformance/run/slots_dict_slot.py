# '__dict__' in __slots__ brings back the instance dict next to the slots.
import sys

class Hybrid:
    __slots__ = ('fixed', '__dict__')

h = Hybrid()
h.fixed = 1
h.extra = 2
print(h.fixed, h.extra, h.__dict__)
print('fixed' in h.__dict__, sorted(k for k in Hybrid.__dict__ if not k.startswith('__') or k == '__dict__'))
h.__dict__ = {'other': 3}
print(h.other, h.fixed)
try:
    h.__dict__ = [1]
except TypeError as e:
    print(e)
print(Hybrid.__basicsize__, sys.getsizeof(h) - sys.getsizeof(object()))

class OnlyDict:
    __slots__ = '__dict__'

o = OnlyDict()
o.a = 1
print(o.__dict__, OnlyDict.__basicsize__)
try:
    import weakref
    weakref.ref(o)
except TypeError as e:
    print(e)
