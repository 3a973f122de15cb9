# auto() with the default and custom _generate_next_value_, and class-definition errors.
from enum import Enum, IntEnum, StrEnum, Flag, auto

class Color(IntEnum):
    R = auto()
    G = auto()
    B = 10
    C = auto()
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
class Lower(StrEnum):
    ALPHA = auto()
    Beta = auto()
class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
class Mixed(Enum):
    P = (auto(), 'p')
    Q = (auto(), 'q')
print(list(Color), list(Named), list(Lower), list(Bits), list(Mixed))
print(repr(auto()), auto(3), Bits.A | Bits.C, Bits(7), ~Bits.B)

def late():
    class Late(Enum):
        X = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 1
def reuse():
    class Reuse(Enum):
        A = 1
        A = 2
def sunder():
    class Sunder(Enum):
        _x_ = 1
def extend():
    class Base(Enum):
        A = 1
    class More(Base):
        B = 2
def order():
    class Ordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
def strvalue():
    class S(StrEnum):
        X = 1
def ignored():
    class I(Enum):
        A = 1
        _ignore_ = ['A']
for make in (late, reuse, sunder, extend, order, strvalue, ignored):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(make.__name__, type(e).__name__ + ':', e)
