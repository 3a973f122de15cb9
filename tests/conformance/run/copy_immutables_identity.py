# copy and deepcopy return immutable atoms themselves.
import copy
import types


def f():
    pass


class C:
    pass


big = 10 ** 30
samples = [None, True, 3.5, 2j, big, 'text', b'bytes', range(5), f, C, len,
           frozenset({1, 2}), (1, 'a', None), Ellipsis, NotImplemented,
           types.SimpleNamespace, slice(1, 2), int, property()]
for obj in samples:
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
t = (1, [2])
print('tuple with a list: copy is t', copy.copy(t) is t, 'deepcopy is t', copy.deepcopy(t) is t)
t2 = (1, (2, 3), frozenset({4}))
print('nested immutable tuple deepcopy is t2:', copy.deepcopy(t2) is t2)
fs = frozenset({(1, 2)})
print('frozenset deepcopy is fs:', copy.deepcopy(fs) is fs)
