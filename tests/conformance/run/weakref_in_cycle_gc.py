# A weakref that is itself part of the garbage does not call its callback.
import gc
import weakref


class N:
    pass


gc.collect()
a = N()
a.me = a
a.ref = weakref.ref(a, lambda r: print('never printed'))
del a
print('collect ->', gc.collect())
b = N()
b.me = b
keep = weakref.ref(b, lambda r: print('outside callback'))
del b
print('collect ->', gc.collect())
