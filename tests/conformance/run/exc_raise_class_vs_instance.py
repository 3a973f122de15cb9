# Raising a class instantiates it; raising non-exceptions is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
for bad in (5, "str", object, type):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
class Custom(Exception):
    def __init__(self):
        super().__init__("made without arguments")
try:
    raise Custom
except Custom as e:
    print(e)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print("with_traceback works:", e)
