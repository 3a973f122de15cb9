# Weak references to objects in a collected cycle are cleared and their callbacks called.
import gc
import weakref


class N:
    def __init__(self, name):
        self.name = name


gc.collect()
a = N('a')
b = N('b')
a.b = b
b.a = a
ra = weakref.ref(a, lambda r: print('callback a, dead:', r() is None))
rb = weakref.ref(b, lambda r: print('callback b, dead:', r() is None))
del a, b
print(ra() is not None, rb() is not None)
print('collect ->', gc.collect())
print(ra(), rb())
