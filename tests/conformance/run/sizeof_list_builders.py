# Capacity of lists made in different ways.
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

data = list(range(17))
cases = {
    'list(range(17))': list(range(17)),
    'comprehension': [i for i in range(17)],
    'list(generator)': list(i for i in range(17)),
    'list(tuple)': list(tuple(data)),
    'list(set)': list(set(data)),
    'list(dict)': list(dict.fromkeys(data)),
    'list(str)': list('abcdefghijklmnopq'),
    'copy()': data.copy(),
    'slice [:]': data[:],
    'slice [::2]': data[::2],
    'sorted': sorted(data),
    'reversed': list(reversed(data)),
    '[0] * 17': [0] * 17,
    '[1, 2] * 9': [1, 2] * 9,
    'a + b': data + data,
    'map': list(map(str, data)),
    'filter': [x for x in data if x % 2],
    'split': 'a b c d e'.split(),
    'split(maxsplit=2)': 'a b c d e'.split(maxsplit=2),
    'splitlines': 'a\nb\nc'.splitlines(),
}
for name, l in cases.items():
    print(f'{name:20} len {len(l):2} cap {cap(l)}')
