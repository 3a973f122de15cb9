# What becomes a member: _ignore_, nonmember, member, descriptors, enum.property.
from enum import Enum, member, nonmember, property as enum_property

class Shape(Enum):
    _ignore_ = 'tmp'
    SQUARE = 2
    CIRCLE = 3
    tmp = 5
    sides = nonmember(4)
    @member
    def fn():
        return 'called'
    @staticmethod
    def helper():
        return 'helper'
    lst = [1, 2]
print([m.name for m in Shape], Shape.sides, Shape.fn.value(), Shape.helper(), Shape.lst.value, hasattr(Shape, 'tmp'))

class Mixed(Enum):
    name = 1
    value = 2
print(Mixed.name, Mixed.value, Mixed.name.name, Mixed.value.value, Mixed['name'])

class Lazy(Enum):
    A = 1
    @enum_property
    def double(self):
        return self._value_ * 2
print(Lazy.A.double)
try:
    Lazy.double
except AttributeError as e:
    print('AttributeError:', e)

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
print(dir(Color))
print(dir(Color.RED), Color.RED.__dict__)
print(Color._member_names_, Color._value2member_map_, sorted(Color.__dict__))
for action in (lambda: setattr(Color.RED, 'name', 'x'), lambda: delattr(Color, 'RED'),
               lambda: setattr(Color, 'RED', 3), lambda: Color.PURPLE):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
