# dataclasses: generated __init__, __repr__, __eq__, defaults, field().
from dataclasses import dataclass, field, fields, asdict, astuple, replace

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="different")
print(a, a == b, a.tags is not Item("x").tags)
print(asdict(a), astuple(a))
print(replace(a, price=2.0), [f.name for f in fields(Item)])
print(Item.__doc__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
