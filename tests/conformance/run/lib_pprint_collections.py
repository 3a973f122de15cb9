# pprint of collections types, dataclasses, namespaces and mapping proxies.
import collections
import dataclasses
import pprint
import types

pprint.pprint(collections.OrderedDict((str(i), i) for i in range(10)), width=40)
pprint.pprint(collections.OrderedDict())
pprint.pprint(collections.defaultdict(list, {i: [i] * 5 for i in range(5)}), width=30)
pprint.pprint(collections.Counter('abracadabra' * 3), width=30)
pprint.pprint(collections.deque(range(40), maxlen=50), width=40)
pprint.pprint(collections.deque(range(40)), width=40)
pprint.pprint(collections.ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3}), width=40)
pprint.pprint(collections.UserList(range(30)), width=40)


@dataclasses.dataclass
class Pt:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)


pprint.pprint(Pt(1, list(range(30))), width=40)
pprint.pprint([Pt(2, [3])])
pprint.pprint(types.SimpleNamespace(a=1, b='x' * 80))
pprint.pprint(types.MappingProxyType({'a' * 40: 1, 'b' * 40: 2}))
