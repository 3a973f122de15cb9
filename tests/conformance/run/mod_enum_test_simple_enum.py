# enum._test_simple_enum compares an enum made with _simple_enum against one
# written as a subclass, and lists every difference in a TypeError.
from enum import Enum, IntEnum, StrEnum, _simple_enum, _test_simple_enum, auto


@_simple_enum(Enum)
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3


class CheckedColor(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(_test_simple_enum(CheckedColor, Color))


class WrongColor(Enum):
    RED = 1
    GREEN = 5
    PURPLE = 4
    __str__ = Enum.__str__
    limit = 10


try:
    _test_simple_enum(WrongColor, Color)
except TypeError as e:
    print(e)


@_simple_enum(IntEnum)
class Level:
    LOW = 1
    HIGH = 2


class CheckedLevel(IntEnum):
    LOW = 1
    HIGH = 2


_test_simple_enum(CheckedLevel, Level)


class CheckedStrLevel(StrEnum):
    LOW = auto()
    HIGH = auto()


try:
    _test_simple_enum(CheckedStrLevel, Level)
except TypeError as e:
    print(str(e).splitlines()[0], len(str(e).splitlines()) > 1)
