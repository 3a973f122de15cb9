# Slots hold strong references; cycles through slots are collected.
import sys
import gc

class Holder:
    __slots__ = ('item', 'other')

x = object()
before = sys.getrefcount(x)
h = Holder()
h.item = x
print(sys.getrefcount(x) - before)
h.item = None
print(sys.getrefcount(x) - before)
h.item = x
del h
print(sys.getrefcount(x) - before)

class Tracked:
    __slots__ = ('peer', '__weakref__')
    def __del__(self):
        print('del', self.peer is not None)

a, b = Tracked(), Tracked()
a.peer, b.peer = b, a
print(gc.is_tracked(a))
del a, b
print('collected', gc.collect() >= 2)
