# A class whose metaclass is itself a class holds one reference to it, which
# its deallocation gives back once (type(name, bases, ns) with such a base,
# the metaclass called directly, and a class statement).
import abc
import gc
import sys


class Meta(type):
    pass


class Base(metaclass=Meta):
    pass


gc.collect()
start = sys.getrefcount(Meta)
made = [type('C', (Base,), {}) for _ in range(5)]
print(sys.getrefcount(Meta) - start)
del made
gc.collect()
print(sys.getrefcount(Meta) - start)
for _ in range(5):
    C = Meta('C', (Base,), {})
    class D(Base):
        pass
del C, D
gc.collect()
print(sys.getrefcount(Meta) - start)


class A(abc.ABC):
    pass


for _ in range(20):
    C = type('C', (A,), {'f': lambda self: 0})
    isinstance(C(), A)
del C
gc.collect()
print(abc.ABCMeta.__name__, abc.ABCMeta.__mro__)
