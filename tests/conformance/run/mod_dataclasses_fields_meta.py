# fields(), Field attributes, metadata, __dataclass_params__, __match_args__ and match.
from dataclasses import dataclass, field, fields, Field, MISSING
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list, metadata={'doc': 'labels'})
    price: float = field(default=0.0, repr=False, compare=False, kw_only=True)
    count: ClassVar[int] = 0
    _cache: dict = field(default=None, init=False, hash=False)

for f in fields(Item):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr,
          f.hash, f.compare, f.kw_only, dict(f.metadata), f._field_type)
print(type(fields(Item)[1].metadata).__name__, isinstance(fields(Item)[0], Field), len(fields(Item)))
print(Item.__dataclass_params__)
print(Item.__match_args__, Item.count, list(Item.__dataclass_fields__), Item.__dataclass_fields__['count']._field_type)
print(Item('pen'), Item('pen', ['a'], price=2.5), Item.__init__.__qualname__, Item.__repr__.__qualname__)
print(Item.__init__.__annotations__)
print(Item.__init__.__defaults__, Item.__init__.__kwdefaults__, Item.__doc__)

def describe(obj):
    match obj:
        case Item(name, []):
            return f'untagged {name}'
        case Item(name, [first, *_]):
            return f'{name} tagged {first}'
    return 'other'
print(describe(Item('cup')), describe(Item('mug', ['blue', 'big'])), describe(3))
print(fields(Item('x')) == fields(Item), Item('a') == Item('a', price=9.0), Item('a') != Item('b'))
try:
    fields(int)
except TypeError as e:
    print('TypeError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
