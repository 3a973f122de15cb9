# The __weakref__ attribute holds the first weak reference to the object.
import weakref


class A:
    pass


a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
r2 = weakref.ref(a, lambda x: None)
print(a.__weakref__ is r)
print('__weakref__' in A.__dict__)
del r
print(a.__weakref__ is r2)
