# A cycle made after a young collection is found by collect(0); survivors move to older generations.
import gc


class N:
    pass


gc.collect()
a = N()
a.me = a
del a
print(gc.collect(0))
keep = N()
keep.me = keep
gc.collect(0)
print(any(o is keep for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is keep for o in gc.get_objects(2)))
del keep
print(gc.collect(1))
print(gc.collect(2))
