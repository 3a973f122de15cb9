# make_dataclass: field specs, namespace, bases, options, and its validation errors.
from dataclasses import make_dataclass, field, fields, dataclass

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))],
                   namespace={'total': lambda self: self.b + self.c})
c = C('x', 2)
print(c, c.total(), C.__doc__, C.__qualname__, [f.type for f in fields(C)])

@dataclass
class Base:
    base: int = 0
D = make_dataclass('D', [('x', float, field(default=1.0))], bases=(Base,), unsafe_hash=True)
print(D(), D(3, 2.5), D.__mro__[1].__name__, hash(D(1, 2.0)) == hash((1, 2.0)))

E = make_dataclass('E', [('v', int)], order=True, slots=True)
print(sorted([E(3), E(1), E(2)]), E.__slots__, E(1) < E(2))

K = make_dataclass('K', [('a', int), ('b', int)], kw_only=True)
print(K(a=1, b=2), K.__doc__)
try:
    K(1, 2)
except TypeError as e:
    print('TypeError:', e)

for spec in (['a', 'a'], ['class'], ['1x'], [('a', int, 3, 4)], [('ok', int), 5]):
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print('TypeError:', e)
