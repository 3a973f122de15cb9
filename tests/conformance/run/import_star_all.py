# from module import * honours __all__.
from _star import *
print(public_a, public_b)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
try:
    _underscore
except NameError as e:
    print("NameError:", e)
import _star
print(_star.not_listed, _star.__all__)
from _pkg import *
print(VERSION, shout("star"))
