# Set and frozenset sizes by construction.
import sys

x = 1
data = list(range(20))
cases = {
    'set()': set(),
    'frozenset()': frozenset(),
    '{x}': {x},
    '{1, 2, 3}': {1, 2, 3},
    'set(range(5))': set(range(5)),
    'set(list of 20)': set(data),
    'frozenset(list of 20)': frozenset(data),
    'comprehension 20': {i for i in data},
    'set(str)': set('mississippi'),
    'union': set(range(5)) | set(range(10, 20)),
    'intersection': set(range(10)) & set(range(5, 20)),
    'difference': set(range(20)) - set(range(15)),
    'copy': set(data).copy(),
    'set(dict)': set(dict.fromkeys(data)),
    'set(set)': set(set(data)),
}
for name, s in cases.items():
    print(f'{name:24} len {len(s):2} size {sys.getsizeof(s)}')

s = set(range(10))
s.update(range(100))
print('update', sys.getsizeof(s))
s.intersection_update(range(3))
print('intersection_update', sys.getsizeof(s))
