# Enum: members, values, names, iteration, lookup, repr/str.
from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.__members__.keys(), Color.RED in Color, Color.RED == 1)
print(f"{Color.GREEN}", f"{Color.GREEN!r}", str(Color.BLUE), format(Color.BLUE))
for bad in (lambda: Color(7), lambda: Color["PINK"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
print(list(Step), Step.SECOND.value, hash(Color.RED) == hash(Color.RED))
