# In a collection, weakref callbacks run before __del__; clearing comes last.
import gc
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


gc.collect()
a = D('a')
a.me = a
r = weakref.ref(a, lambda ref: print('weakref callback'))
del a
print('collect ->', gc.collect())
b = D('b')
r2 = weakref.ref(b, lambda ref: print('callback b'))
del b
print('end')
