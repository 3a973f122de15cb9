# Slots are member descriptors on the class.
class P:
    __slots__ = ('x', 'y')

d = P.__dict__['x']
print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__ is P)
print(repr(d))
p = P()
d.__set__(p, 5)
print(p.x, d.__get__(p, P), d.__get__(None, P) is d)
d.__delete__(p)
try:
    d.__get__(p, P)
except AttributeError as e:
    print(e)
try:
    d.__set__(object(), 1)
except TypeError as e:
    print(e)
try:
    d.__get__(1, int)
except TypeError as e:
    print(e)

class Q(P):
    __slots__ = ('z',)

q = Q()
q.x, q.z = 1, 2
print(Q.x is P.x, q.x, q.z, [k for k in Q.__dict__ if k in 'xyz'])
