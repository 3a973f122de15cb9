# A finalizer that resurrects its object: __del__ runs only once (PEP 442).
import gc

saved = []


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)
        saved.append(self)


gc.collect()
a = R('a')
a.me = a
del a
print('collect ->', gc.collect())
print(len(saved), saved[0].name, gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
print('after clear')
print('collect ->', gc.collect())
