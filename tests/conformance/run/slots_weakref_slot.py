# '__weakref__' in __slots__ makes instances weakly referenceable.
import weakref
import gc

class Node:
    __slots__ = ('value', '__weakref__')

    def __init__(self, value):
        self.value = value

n = Node(1)
r = weakref.ref(n)
print(r() is n, r().value, weakref.getweakrefcount(n))
print(n.__weakref__ is r)
del n
gc.collect()
print(r())

class Plain:
    __slots__ = ('value',)

try:
    weakref.ref(Plain())
except TypeError as e:
    print(e)
print(Node.__basicsize__, Plain.__basicsize__)
print(Node.__weakref__.__name__, type(Node.__dict__['__weakref__']).__name__)
fresh = Node(2)
print(fresh.__weakref__)
