# Slot wrappers (int.__add__, list.__setitem__, ...) check their arguments
# with CPython's own words, which differ from those of ordinary methods:
# "expected 1 argument, got 2", the unpacking form with its leading space,
# "wrapper __x__() takes no keyword arguments", and the descriptor's checks
# when called through the type.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except TypeError as e:
        print(label, "-> TypeError:", e)


show("(5).__add__()", lambda: (5).__add__())
show("(5).__add__(1, 2)", lambda: (5).__add__(1, 2))
show("(5).__neg__(1)", lambda: (5).__neg__(1))
show("(5).__add__(x=1)", lambda: (5).__add__(x=1))
show("(1.5).__lt__()", lambda: (1.5).__lt__())
show("'ab'.__len__(0)", lambda: "ab".__len__(0))
show("'ab'.__mul__()", lambda: "ab".__mul__())
show("[1].__rmul__(1, 2)", lambda: [1].__rmul__(1, 2))
show("[1].__setitem__(0)", lambda: [1].__setitem__(0))
show("{}.__setitem__(1, 2, 3)", lambda: {}.__setitem__(1, 2, 3))
show("(2).__pow__()", lambda: (2).__pow__())
show("(2).__pow__(3, 5)", lambda: (2).__pow__(3, 5))
show("(2).__rpow__(3, 5)", lambda: (2).__rpow__(3, 5))
show("(2).__pow__(1, 2, 3)", lambda: (2).__pow__(1, 2, 3))
show("object().__setattr__('a')", lambda: object().__setattr__("a"))
show("int.__add__()", lambda: int.__add__())
show("int.__add__('x', 1)", lambda: int.__add__("x", 1))
show("str.__lt__(None, 'a')", lambda: str.__lt__(None, "a"))
show("list.__len__([1, 2])", lambda: list.__len__([1, 2]))
show("int.__abs__(True)", lambda: int.__abs__(True))
show("str.upper()", lambda: str.upper())
show("str.upper(1)", lambda: str.upper(1))
show("int.mro(1)", lambda: int.mro(1))
show("{'k': 1}.fromkeys('ab', 0)", lambda: {"k": 1}.fromkeys("ab", 0))
show("(7).from_bytes(b'\\x01', 'big')", lambda: (7).from_bytes(b"\x01", "big"))
show("sum(1j, b'x')", lambda: sum(1j, b"x"))
show("sum([1], b'x')", lambda: sum([1], b"x"))
show("'x'.removesuffix(None)", lambda: "x".removesuffix(None))
show("'x'.replace(1, 'a')", lambda: "x".replace(1, "a"))
show("'x'.encode(None)", lambda: "x".encode(None))
show("''.maketrans(None, [])", lambda: "".maketrans(None, []))
show("''.maketrans(None, 'a')", lambda: "".maketrans(None, "a"))
