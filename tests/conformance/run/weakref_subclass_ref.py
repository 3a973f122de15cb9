# Subclasses of ref can carry extra attributes.
import weakref


class NamedRef(weakref.ref):
    __slots__ = ('name',)

    def __init__(self, ob, callback=None, name=''):
        super().__init__(ob, callback)
        self.name = name

    def __new__(cls, ob, callback=None, name=''):
        return super().__new__(cls, ob, callback)


class A:
    pass


a = A()
r = NamedRef(a, None, name='first')
print(r.name, r() is a, isinstance(r, weakref.ref))
print(weakref.getweakrefcount(a))
del a
print(r())
