# pprint of nested containers: widths, indents, depth, compact.
import pprint

data = {'name': 'x' * 30, 'items': list(range(30)),
        'nested': {'a': [1, 2, {'b': (3, 4)}], 'c': {5, 6, 7}}, 'z': None}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(list(range(50)), compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pprint([[1, 2, [3, 4, [5, [6]]]]], depth=3)
print(pprint.pformat(('a' * 50, 'b' * 50)))
print(pprint.pformat(('a' * 80,)))
pprint.pprint({3: 'c', 1: 'a', 'x': 2.5, (1, 2): None})
pprint.pp({'b': 1, 'a': list(range(25))}, width=30)
pprint.pprint({'b': 1, 'a': 2}, sort_dicts=False)
pprint.pprint(10**20, underscore_numbers=True)
print(pprint.pformat(set()), pprint.pformat({}), pprint.pformat([[]]), pprint.pformat(()))
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(set('abcdefghijklmnopqrstuvwxyz'), width=30)
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
