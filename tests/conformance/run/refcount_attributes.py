# Instance attributes live in the instance's dict; each is one reference.
import sys


class Box:
    pass


payload = ['p']
b = Box()
b.x = payload
print('one attribute:', sys.getrefcount(payload))
b.y = payload
print('two attributes:', sys.getrefcount(payload))
d = b.__dict__
print('dict kept, payload:', sys.getrefcount(payload))
print('dict refs:', sys.getrefcount(d))
del d
setattr(b, 'z', payload)
print('setattr:', sys.getrefcount(payload))
v = getattr(b, 'z')
print('getattr result kept:', sys.getrefcount(payload))
del v
del b.x
print('del b.x:', sys.getrefcount(payload))
delattr(b, 'y')
print('delattr y:', sys.getrefcount(payload))
b2 = Box()
b2.__dict__.update(b.__dict__)
print('dict update into another instance:', sys.getrefcount(payload))
vars(b2).clear()
print('vars(b2).clear():', sys.getrefcount(payload))
del b
print('instance gone:', sys.getrefcount(payload))
print('instance refs:', sys.getrefcount(b2))
