# A ref hashes as its referent and compares by referent while alive.
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = K(1), K(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(1))
h = hash(rb)
del a
print(ra == rb, ra == ra)
print(hash(rb) == h)
del b
print(hash(rb) == h)
c = K(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print('TypeError:', e)
