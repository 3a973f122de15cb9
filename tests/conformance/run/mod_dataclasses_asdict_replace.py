# asdict/astuple recursion (lists, dicts, namedtuples), dict_factory, deep copies, replace().
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, is_dataclass
from collections import namedtuple

Pt = namedtuple('Pt', 'a b')

@dataclass
class Leaf:
    v: int
    tags: list = field(default_factory=list)

@dataclass
class Tree:
    root: Leaf
    kids: list
    pair: Pt
    index: dict

t = Tree(Leaf(1, ['x']), [Leaf(2), Leaf(3)], Pt(Leaf(4), 5), {'k': Leaf(6)})
d = asdict(t)
print(d)
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: sorted(kv)))
print(astuple(t, tuple_factory=list))
print(d['root']['tags'] is t.root.tags, type(d['pair']).__name__, is_dataclass(t), is_dataclass(Tree), is_dataclass(d))
for bad in (lambda: asdict(Tree), lambda: astuple(3), lambda: replace(Pt(1, 2))):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

@dataclass(frozen=True)
class Conf:
    name: str
    level: int = 1
    scale: InitVar[int] = 1
    derived: int = field(init=False, default=0)
    def __post_init__(self, scale):
        object.__setattr__(self, 'derived', self.level * scale)

c = Conf('a', 2, 10)
print(c, replace(c, level=3), replace(c, name='b', scale=5), c.derived)
for bad in (lambda: replace(c, derived=1), lambda: replace(c, nosuch=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

@dataclass
class Needs:
    x: int
    init_only: InitVar[int]
    def __post_init__(self, init_only):
        self.x += init_only
try:
    replace(Needs(1, 2))
except ValueError as e:
    print('ValueError:', e)
