# DEBUG_SAVEALL keeps the unreachable objects in gc.garbage instead of freeing them.
import gc


class Item:
    def __init__(self, name):
        self.name = name


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Item('a')
b = Item('b')
a.peer = b
b.peer = a
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.name for o in gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    o.peer = None
gc.garbage.clear()
print(gc.collect())
print(gc.get_debug())
