# Each slot is one pointer; an instance with slots has no dict pointers in front of it.
import sys

def make(n):
    ns = {'__slots__': tuple(f's{i}' for i in range(n))}
    return type(f'S{n}', (), ns)

for n in (0, 1, 2, 3, 5, 10):
    cls = make(n)
    print(n, cls.__basicsize__, sys.getsizeof(cls()))

class Regular:
    pass

class WithWeak:
    __slots__ = ('a', '__weakref__')

class WithDict:
    __slots__ = ('a', '__dict__')

class WithBoth:
    __slots__ = ('a', '__dict__', '__weakref__')

for cls in (Regular, WithWeak, WithDict, WithBoth):
    print(cls.__name__, cls.__basicsize__, sys.getsizeof(cls()))
