# @unique, methods on enums, _missing_, and the functional API.
from enum import Enum, unique

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)

print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)

class Lenient(Enum):
    ON = "on"
    OFF = "off"
    @classmethod
    def _missing_(cls, value):
        return cls.ON if str(value).lower() in ("yes", "true") else None
print(Lenient("YES"), Lenient("on"))
try:
    Lenient("maybe")
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
