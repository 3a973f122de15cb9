# Names at module level: each binding is one reference; the argument of
# getrefcount adds one more while the call runs.
import sys


class Thing:
    pass


a = Thing()
print('one name:', sys.getrefcount(a))
b = a
print('two names:', sys.getrefcount(a))
c = b
print('three names:', sys.getrefcount(a))
del b
print('after del b:', sys.getrefcount(a))
c = None
print('after c = None:', sys.getrefcount(a))
a = Thing()
print('rebound a (new object):', sys.getrefcount(a))
x = y = z = [1, 2]
print('chained assignment:', sys.getrefcount(x))
x, y = y, x
print('after swap:', sys.getrefcount(x))
del x, y
print('after del x, y:', sys.getrefcount(z))
