# A tuple is a GC object: a 24-byte header, 8 bytes per item, and the 16-byte GC header.
import sys

for t in [(), (1,), (1, 2), tuple(range(5)), tuple(range(100))]:
    print(len(t), sys.getsizeof(t), t.__sizeof__())

# However it is made, a tuple has exactly its items
print(sys.getsizeof(tuple([1, 2, 3])), sys.getsizeof(tuple(x for x in range(3))), sys.getsizeof((1, 2) + (3,)))
print(sys.getsizeof((0,) * 10), sys.getsizeof(tuple('abcdef')), sys.getsizeof(divmod(7, 2)))
a, *rest = range(6)
print(sys.getsizeof(rest), type(rest).__name__)

def f(*args):
    return sys.getsizeof(args)

print(f(), f(1), f(1, 2, 3))

# A tuple subclass adds its own fields before the items
class Pair(tuple):
    pass

print(sys.getsizeof(Pair((1, 2))), Pair.__basicsize__, tuple.__basicsize__, tuple.__itemsize__)
