# A chain of slotted classes: each level adds its own slots after the base's.
import sys

class A:
    __slots__ = ('a',)

class B(A):
    __slots__ = ('b',)

class C(B):
    __slots__ = ('c', '__weakref__')

class D(C):
    __slots__ = ()

for cls in (A, B, C, D):
    print(cls.__name__, cls.__basicsize__, sys.getsizeof(cls()), cls.__slots__)
d = D()
d.a, d.b, d.c = 1, 2, 3
print(d.a + d.b + d.c)
print([k for k in D.__mro__[1].__dict__ if len(k) == 1])
print(A.a is D.a, 'a' in D.__dict__, type(D.__dict__.get('c', None)).__name__)

class Redeclared(A):
    __slots__ = ('a',)

r = Redeclared()
r.a = 'child'
A.a.__set__(r, 'parent')
print(r.a, A.a.__get__(r), Redeclared.__basicsize__)
