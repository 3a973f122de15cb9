# The table size depends on how a dict is built.
import sys

x = 1
keys = [f'key{i}' for i in range(12)]
cases = {
    '{}': {},
    'dict()': dict(),
    'literal 1': {'a': 1},
    'literal 6': {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6},
    'literal names': {'a': x, 'b': x},
    'literal int keys': {1: x, 2: x, 3: x},
    'dict(kwargs)': dict(a=1, b=2, c=3),
    'dict(pairs)': dict([(1, 2), (3, 4)]),
    'fromkeys 12': dict.fromkeys(keys),
    'fromkeys range(20)': dict.fromkeys(range(20)),
    'comprehension 12': {k: 0 for k in keys},
    'dict(zip)': dict(zip(keys, range(12))),
    'merge |': {'a': 1} | {'b': 2},
}
for name, d in cases.items():
    print(f'{name:20} len {len(d):2} size {sys.getsizeof(d)}')

big = {i: i for i in range(50)}
print('copy of 50', sys.getsizeof(big.copy()), sys.getsizeof(dict(big)), sys.getsizeof(big))
for k in range(45):
    del big[k]
print('copy after deletes', sys.getsizeof(big.copy()), sys.getsizeof(dict(big)), sys.getsizeof(big))
