# ref(): calling it gives the object while it lives, None afterwards.
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(r() is a)
print(type(r).__name__, type(r).__module__)
print(weakref.ref(a) is r)
print(weakref.getweakrefcount(a))
del a
print(r())
print(r.__callback__)
print(weakref.ReferenceType is weakref.ref)
