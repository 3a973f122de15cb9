# __class__ may be reassigned only between classes with the same layout.
class A:
    __slots__ = ('x',)

class B:
    __slots__ = ('x',)

class C:
    __slots__ = ('y', 'z')

class D:
    pass

class E:
    pass

a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
for target in (C, D):
    try:
        a.__class__ = target
    except TypeError as e:
        print(e)
d = D()
d.v = 1
d.__class__ = E
print(type(d).__name__, d.v)
try:
    d.__class__ = A
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
