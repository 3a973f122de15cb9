# Slots in a subclass of a regular class: the base already gives a __dict__.
import sys

class Base:
    pass

class Child(Base):
    __slots__ = ('x',)

c = Child()
c.x = 1
c.y = 2
print(c.x, c.__dict__)
print(Base.__basicsize__, Child.__basicsize__)

# A regular subclass of a slotted class gets a __dict__ and __weakref__ back.
class Slotted:
    __slots__ = ('a',)

class Loose(Slotted):
    pass

l = Loose()
l.a = 1
l.b = 2
print(l.a, l.__dict__, Slotted.__basicsize__, Loose.__basicsize__)
import weakref
print(weakref.ref(l)() is l)
# Slots all the way down: no __dict__ anywhere
class Tight(Slotted):
    __slots__ = ('b',)

t = Tight()
t.a, t.b = 1, 2
print(t.a, t.b, Tight.__basicsize__, hasattr(t, '__dict__'))
try:
    t.c = 3
except AttributeError as e:
    print(e)
