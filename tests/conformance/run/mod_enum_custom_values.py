# Members built by a custom __new__ or __init__, tuple and float mixins, _missing_.
from enum import Enum, IntEnum

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')
print(Coord.X, Coord(1).label, Coord.X == b'\x00', Coord._use_args_, Coord.Y.value)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.EARTH.value, Planet.MARS.mass, Planet((6.42e23, 3.39e6)))

class Pair(tuple, Enum):
    P = (1, 2)
print(Pair.P, Pair.P.value, Pair.P[0], repr(Pair.P))

class Num(float, Enum):
    PI = 3.14
print(Num.PI, repr(Num.PI), Num.PI * 2, format(Num.PI, '>8'), str(Num.PI))

class Level(IntEnum):
    LOW = 1
    HIGH = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Level('low'), Level(3), repr(Level.HIGH), Level.HIGH > Level.LOW, sorted([Level.HIGH, 2, Level.LOW]))
try:
    Level(2)
except ValueError as e:
    print('ValueError:', e)

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Bad(3)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))
class Empty(Enum):
    pass
try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)
