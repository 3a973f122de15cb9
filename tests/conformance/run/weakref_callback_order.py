# Callbacks run when the referent dies, newest weak reference first.
import weakref


class A:
    pass


a = A()
refs = [weakref.ref(a, lambda r, i=i: print('callback', i)) for i in range(4)]
plain = weakref.ref(a)
print(weakref.getweakrefcount(a))
print(weakref.getweakrefs(a)[0] is plain)
del a
print('after del')
print([r() for r in refs])
