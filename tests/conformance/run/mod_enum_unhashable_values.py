# Members with unhashable values: aliases and lookups by comparison, not by hash.
from enum import Enum

class Shape(Enum):
    LINE = [1, 2]
    SQUARE = {'sides': 4}
    SEGMENT = [1, 2]

print(list(Shape), Shape.SEGMENT is Shape.LINE, Shape._unhashable_values_, Shape._value2member_map_)
print(Shape([1, 2]), Shape({'sides': 4}), Shape.SQUARE.value['sides'], len(Shape), list(Shape.__members__))
try:
    Shape([3])
except ValueError as e:
    print('ValueError:', e)
try:
    Shape({'sides': 5})
except ValueError as e:
    print('ValueError:', e)
