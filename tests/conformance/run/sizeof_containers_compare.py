# The same ten items in different containers.
import sys

items = list(range(10))
containers = {
    'list': list(items),
    'tuple': tuple(items),
    'set': set(items),
    'frozenset': frozenset(items),
    'dict keys': dict.fromkeys(items),
    'dict str keys': {str(i): i for i in items},
    'bytes': bytes(items),
    'bytearray': bytearray(items),
    'str': ''.join(map(str, items)),
    'range': range(10),
}
for name, c in sorted(containers.items(), key=lambda kv: sys.getsizeof(kv[1])):
    print(f'{name:14} {sys.getsizeof(c)}')

for n in (0, 1, 5, 50, 500):
    data = list(range(n))
    print(n, sys.getsizeof(data), sys.getsizeof(tuple(data)), sys.getsizeof(set(data)), sys.getsizeof(dict.fromkeys(data)))
