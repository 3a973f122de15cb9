# deque's iterators pickle as _deque_iterator(deque, taken) and can be made
# that way; a deque takes weak references and is a MutableSequence; a
# subclass whose __new__ makes something else fails copies cleanly.
import collections.abc
import pickle
import weakref
from collections import deque

d = deque('abcde')
for it in (iter(d), reversed(d)):
    next(it)
    print(type(it).__name__, it.__reduce__()[1][1], list(pickle.loads(pickle.dumps(it))), list(it))
print(list(type(iter(d))(d, 2)), list(type(reversed(d))(d, 4)), list(type(iter(d))(d, 9)))
try:
    type(iter(d))([1, 2])
except TypeError as e:
    print('TypeError:', e)

r = weakref.ref(d)
print(r() is d, isinstance(d, collections.abc.MutableSequence))


class X(deque):
    pass


x = X([1])
X.__new__ = lambda cls, *args, **kwargs: [42]
for op in (lambda: x * 2, lambda: x + deque([3]), x.copy):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)

# Class methods called on an instance bind to its type.
print({}.fromkeys('ab', 0), b''.fromhex('6869'), (0).from_bytes(b'\x01\x00', 'little'))
M = 2 ** 63
for args in [(M - 3, M - 1), (M - 4, M - 1, 2), (0, M, M - 1), (5, -M, -1), (M - 1, 0, -1)]:
    it = iter(range(*args))
    next(it)
    print(type(it).__name__, next(pickle.loads(pickle.dumps(it))) == range(*args)[1])
