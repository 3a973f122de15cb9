# getsizeof counts one object; a recursive walk adds up a whole structure.
import sys

def deep_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(x, seen) for x in obj)
    return size

records = [{'name': f'user{i}', 'age': 20 + i, 'tags': ['a', 'b']} for i in range(5)]
print('shallow', sys.getsizeof(records))
print('deep', deep_size(records))
shared = ['shared'] * 3
print('shared items counted once', deep_size(shared), sys.getsizeof(shared) + sys.getsizeof('shared'))
nested = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
print('nested', deep_size(nested))
cyc = []
cyc.append(cyc)
print('cycle', deep_size(cyc))
print('tuple of strings', deep_size(('alpha', 'beta', 'gamma')))
print('dict of lists', deep_size({'x': list(range(10)), 'y': list(range(100))}))
