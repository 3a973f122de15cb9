# Iterator objects have fixed sizes.
import sys

d = {'a': 1}
cases = {
    'list_iterator': iter([1]),
    'list_reverseiterator': reversed([1]),
    'tuple_iterator': iter((1,)),
    'str_ascii_iterator': iter('ab'),
    'str_iterator': iter('é'),
    'bytes_iterator': iter(b'ab'),
    'bytearray_iterator': iter(bytearray(b'ab')),
    'range_iterator': iter(range(3)),
    'longrange_iterator': iter(range(2**70)),
    'set_iterator': iter({1}),
    'dict_keyiterator': iter(d),
    'dict_valueiterator': iter(d.values()),
    'dict_itemiterator': iter(d.items()),
    'dict_reversekeyiterator': reversed(d),
    'dict_keys': d.keys(),
    'dict_values': d.values(),
    'dict_items': d.items(),
    'enumerate': enumerate([]),
    'zip': zip([], []),
    'map': map(str, []),
    'filter': filter(None, []),
    'reversed': reversed(range(3)),
}
for name, it in cases.items():
    print(f'{name:24} {type(it).__name__:24} {sys.getsizeof(it)}')
