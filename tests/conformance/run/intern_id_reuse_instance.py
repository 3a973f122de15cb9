# The block of a freed instance is taken by the next object of its size.
class A:
    pass
class B:
    pass
class C:
    __slots__ = ('x',)
print(id(A()) == id(A()))
print(id(A()) == id(B()))
a = A()
i = id(a)
del a
b = B()
print(id(b) == i)
print(id(object()) == id(object()))
o = object()
i = id(o)
del o
print(id(object()) == i)
c = C()
i = id(c)
del c
print(id(A()) == i)
p = A()
q = A()
ip, iq = id(p), id(q)
del p
del q
r = A()
s = A()
print(id(r) == iq, id(s) == ip)
print(hash(A()) == hash(A()))
