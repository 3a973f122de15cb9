# sys.getsizeof calls __sizeof__ and adds the GC header (and the managed dict
# pointers of a class without __slots__).
import sys

class Blob:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

class SlotBlob:
    __slots__ = ('n',)
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n

class Deep(list):
    def __sizeof__(self):
        return super().__sizeof__() + sum(sys.getsizeof(x) for x in self)

for n in (0, 1, 100, 10**6):
    print(n, sys.getsizeof(Blob(n)), sys.getsizeof(SlotBlob(n)))

d = Deep(['a', 'bb', 'ccc'])
print(sys.getsizeof(d), list.__sizeof__(d))

class Flag:
    def __sizeof__(self):
        return True

print(sys.getsizeof(Flag()))
print(sys.getsizeof(1, 'unused default'))
print(sys.getsizeof(object=[1, 2, 3]))
