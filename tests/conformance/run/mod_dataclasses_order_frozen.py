# dataclass(order=True) and frozen=True.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int

p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash((1, 2)), {p: "ok"}[Point(1, 2)], issubclass(FrozenInstanceError, AttributeError))
@dataclass
class Unhash:
    v: int
print(Unhash.__hash__)
