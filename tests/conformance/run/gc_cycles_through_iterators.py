# A reference cycle that runs through a built-in iterator, a dict view, a
# deque, a defaultdict, a partial or an itertools object is found and
# collected: each of them shows the collector what it holds.
import functools
import gc
import itertools
from collections import deque, defaultdict


class Node:
    pass


makers = [
    ('list_iterator', lambda o: iter([o])), ('dict_keyiterator', lambda o: iter({o: 1})),
    ('dict_itemiterator', lambda o: iter({1: o}.items())), ('dict_values', lambda o: {1: o}.values()),
    ('set_iterator', lambda o: iter({o})), ('tuple_iterator', lambda o: iter((o,))),
    ('enumerate', lambda o: enumerate([o])), ('filter', lambda o: filter(None, [o])),
    ('reversed', lambda o: reversed([o])), ('callable_iterator', lambda o: iter(lambda: o, 1)),
    ('deque', lambda o: deque([o])), ('deque_iterator', lambda o: iter(deque([o]))),
    ('defaultdict', lambda o: defaultdict(lambda: o)), ('partial', lambda o: functools.partial(id, o)),
    ('chain', lambda o: itertools.chain([o])), ('repeat', lambda o: itertools.repeat(o)),
    ('islice', lambda o: itertools.islice([o], 1)), ('groupby', lambda o: itertools.groupby([o])),
    ('cycle', lambda o: itertools.cycle([o])), ('takewhile', lambda o: itertools.takewhile(bool, [o])),
]
gc.collect()
for name, make in makers:
    node = Node()
    node.ref = make(node)
    del node
    print(name, gc.collect())

d = deque()
d.append(d)
del d
print('self-referencing deque', gc.collect())
