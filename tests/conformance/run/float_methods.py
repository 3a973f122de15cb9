# Methods of float.
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((7.9).__trunc__(), (-7.9).__trunc__(), (7.5).__floor__(), (-7.5).__ceil__())
print(float.__round__(2.5), (2.567).__round__(2))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float.__getformat__("double"))
