# `x in EnumClass` in 3.11: members work; other values warn, then raise TypeError.
from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2

class Num(IntEnum):
    ONE = 1

print(Color.RED in Color, Num.ONE in Num, Num.ONE in Color)
try:
    1 in Color
except TypeError as e:
    print('TypeError:', e)
try:
    'RED' in Num
except TypeError as e:
    print('TypeError:', e)
print(Color.__contains__(Color.GREEN), Color(Color.GREEN) is Color.GREEN)
print([c for c in Color if c in Color])
