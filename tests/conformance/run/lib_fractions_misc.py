# limit_denominator, str/repr, subclasses, copying and pickling support.
from fractions import Fraction as F
import copy
import math

print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(10))
print(F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(5), F(0.1).limit_denominator(1000))
print(F(-355, 113).limit_denominator(7), F(123, 1000).limit_denominator(15))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(str(F(-4, 2)), str(F(3, -6)), repr(F(3, -6)), f"{F(1, 3)}", "%s" % F(2, 7))
try:
    format(F(1, 3), "x")
except TypeError as e:
    print("TypeError:", e)


class G(F):
    pass


g = G(1, 2)
print(repr(g), repr(g + 1), type(g + 1).__name__, copy.copy(g), type(copy.copy(g)).__name__)
h = F(1, 2)
print(copy.copy(h) is h, copy.deepcopy(h) is h, h.__reduce__())
print(F(2, 3).real, F(2, 3).imag, F(2, 3).conjugate())
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
