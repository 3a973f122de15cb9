# One attribute site sees changing classes, shadowing instance attributes,
# new descriptors and many receiver types: every answer must stay right.
class A:
    def m(self):
        return 'A.m'
    k = 'A.k'

class B(A):
    pass

def read(o):
    return o.k, o.m()

a, b = A(), B()
print(read(a), read(b))
b.m = lambda: 'instance m'          # the instance dict now shadows the method
b.k = 'instance k'
print(read(a), read(b))
del b.m, b.k
print(read(b))
A.m = lambda self: 'new A.m'        # the class changes under the cached site
print(read(a), read(b))
A.k = property(lambda self: 'property k')   # a data descriptor beats the dict
a.__dict__['k'] = 'shadow'
print(read(a))
b.__class__ = type('C', (A,), {'m': lambda self: 'C.m'})
print(read(b))

classes = [type(f'T{i}', (), {'v': i, 'get': lambda self, i=i: i * 10}) for i in range(7)]
objs = [c() for c in classes]
for o in objs[::2]:
    o.v = -o.v
print([(o.v, o.get()) for o in objs * 2])

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def setx(o, v):
    o.x = v
    return o.x

p = P(1, 2)
print(setx(p, 5), setx(a, 6), setx(p, 7), p.y)
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print('AttributeError:', e)
