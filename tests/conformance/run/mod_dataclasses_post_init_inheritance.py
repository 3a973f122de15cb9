# __post_init__, InitVar, field(init=False), inheritance, kw_only, slots.
from dataclasses import dataclass, field, InitVar, KW_ONLY

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3, scale=2))

@dataclass
class Base:
    x: int
    y: int = 0

@dataclass
class Child(Base):
    z: int = 5
    _: KW_ONLY
    flag: bool = False
print(Child(1, 2, 3, flag=True), Child(1))

@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: str = "s"
s = Slotted(a=1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    Slotted(1)
except TypeError as e:
    print("TypeError:", e)
