# A class that refers to itself is collected with its dict, bases and mro tuples and descriptors.
import gc

gc.collect()


class A:
    pass


A.me = A
del A
print('empty class:', gc.collect())


class B:
    def method(self):
        return 1


B.me = B
del B
print('class with a method:', gc.collect())


class C:
    __slots__ = ['x']


C.me = C
del C
print('slotted class:', gc.collect())
