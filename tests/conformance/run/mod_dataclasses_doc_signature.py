# The __doc__ @dataclass writes: the class's signature, as inspect shows it.
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Optional, List, Dict, Callable, Any

@dataclass
class A:
    x: int
    y: Optional[List[int]] = None
    z: Dict[str, Any] = field(default_factory=dict)
    f: Callable[[int], str] = str
    s: 'Forward' = None
    i: InitVar[int] = 3
    n: int = field(init=False, default=0)
    _: KW_ONLY
    k: bool = False
print(A.__doc__)

@dataclass
class Documented:
    """My own doc."""
    a: int
print(Documented.__doc__)

@dataclass(init=False)
class NoInit:
    a: int
print(NoInit.__doc__)

@dataclass
class OwnInit:
    a: int
    def __init__(self, value, *rest, scale: float = 1.0, **extra):
        self.a = value
print(OwnInit.__doc__)

@dataclass
class Base:
    a: int
@dataclass(init=False)
class Inherits(Base):
    b: int = 2
print(Inherits.__doc__)

@dataclass
class Self:
    self: int
    other: 'Self' = None
s = Self(1)
s.other = s
print(Self.__doc__, s, Self.__init__.__code__.co_varnames[:2])

@dataclass
class Empty:
    pass
print(Empty.__doc__, Empty(), Empty() == Empty())
