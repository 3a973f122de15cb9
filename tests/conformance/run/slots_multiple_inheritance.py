# Multiple inheritance with slots: only one base may add slots; empty-slot mixins combine freely.
import sys

class Base:
    __slots__ = ('a',)

class Mixin1:
    __slots__ = ()

    def one(self):
        return 1

class Mixin2:
    __slots__ = ()

    def two(self):
        return 2

class Combined(Mixin1, Base, Mixin2):
    __slots__ = ('b',)

c = Combined()
c.a, c.b = 10, 20
print(c.a + c.b + c.one() + c.two())
print([k.__name__ for k in Combined.__mro__])
print(Combined.__basicsize__, hasattr(c, '__dict__'), sys.getsizeof(c))

class WithDictMixin:
    pass

class Loose(Base, WithDictMixin):
    __slots__ = ()

l = Loose()
l.a = 1
l.extra = 2
print(l.__dict__, Loose.__basicsize__)
import weakref
print(weakref.ref(l)() is l)
