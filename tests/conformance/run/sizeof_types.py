# Type objects: built-in types are PyTypeObjects; classes are heap types, and a class
# whose instances have a dict also owns the key table the instances share.
import sys

class Plain:
    pass

class Slotted:
    __slots__ = ('a', 'b')

class FromInt(int):
    pass

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

for t in (int, str, type, object, Plain, Slotted, FromInt, WithMeta, Meta):
    print(f'{t.__name__:10} {sys.getsizeof(t):5} {type.__sizeof__(t):5}')

Dynamic = type('Dynamic', (), {'x': 1})
print(sys.getsizeof(Dynamic), type.__basicsize__, type.__itemsize__)
