# ClassVar, InitVar and KW_ONLY recognised in string annotations; descriptor defaults.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
import typing
from typing import ClassVar

@dataclass
class S:
    a: int
    b: ClassVar[int] = 3
    c: typing.ClassVar[str] = 'x'
    d: InitVar[int] = 1
    e: dataclasses.InitVar[int] = 2
    _: KW_ONLY
    k: int = 0
    def __post_init__(self, d, e):
        self.total = d + e
s = S(1, 2, 3, k=4)
print(S.__doc__, [f.name for f in fields(S)], s.total, s)
print({n: f._field_type for n, f in S.__dataclass_fields__.items()}, S.__init__.__annotations__)

CV = ClassVar
@dataclass
class Alias:
    x: CV[int] = 1
    y: 'list[int]' = None
print([f.name for f in fields(Alias)], Alias.__doc__)

class Desc:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        return 100 if obj is None else getattr(obj, self.name, 100)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

@dataclass
class UsesDesc:
    d: Desc = Desc()
print(UsesDesc(), UsesDesc(5), UsesDesc().d, fields(UsesDesc)[0].default)

class Plain:
    x: int = 1
@dataclass
class FromPlain(Plain):
    y: int = 2
print(FromPlain(), [f.name for f in fields(FromPlain)])
