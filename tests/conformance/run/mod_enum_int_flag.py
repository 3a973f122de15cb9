# IntEnum, Flag, IntFlag, StrEnum (3.11).
from enum import IntEnum, Flag, IntFlag, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, Priority.LOW == 1, sorted([Priority.HIGH, 2, Priority.LOW]))
print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", int(Priority.HIGH))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), ~Perm.R)
print(rw.value, Perm(5), Perm.R & Perm.W)

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, repr(Mode(3)), Mode.B == 2)

class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear!"
print(Fruit.APPLE, repr(Fruit.PEAR), Fruit.APPLE == "apple", Fruit.PEAR.upper())
