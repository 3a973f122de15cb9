# @verify checks, @unique, @global_enum reprs and __init_subclass__ on enums.
from enum import Enum, IntEnum, IntFlag, Flag, verify, unique, global_enum, UNIQUE, CONTINUOUS, NAMED_FLAGS

def check(make):
    try:
        print(make())
    except ValueError as e:
        print('ValueError:', e)

def uniq():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
def continuous():
    @verify(CONTINUOUS)
    class V(IntEnum):
        A = 1
        C = 4
def named():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        ABC = 7
def unique_ok():
    @unique
    class V(Enum):
        A = 1
        B = 2
    return list(V)
for make in (uniq, continuous, named, unique_ok):
    check(make)

@global_enum
class Glob(IntEnum):
    ONE = 1
    TWO = 2
print(repr(ONE), str(TWO), repr(Glob.TWO), ONE is Glob.ONE)
@global_enum
class Opt(IntFlag):
    P = 1
    Q = 2
print(repr(P | Q), repr(Opt(7)), repr(Opt(0)))

class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, list(cls), kw)
        super().__init_subclass__()
class Sub(Base, flavor=1):
    A = 1
    B = 2
