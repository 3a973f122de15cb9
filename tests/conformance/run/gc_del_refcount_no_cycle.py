# Without a cycle, __del__ runs at the moment the last reference goes; gc finds nothing.
import gc


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


gc.collect()
t = T(1)
print('before del')
del t
print('after del')
items = [T(2), T(3), T(4)]
items = None
print('collect ->', gc.collect())
