# object(): the base of everything, and its default methods.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
print(object.__name__, object.__bases__, object.__mro__, type(object).__name__)
print(issubclass(int, object), issubclass(type, object), isinstance(type, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(o.__class__ is object, hasattr(o, "__dict__"), o.__str__() == o.__repr__())
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), o.__hash__() == hash(o))
print(o.__reduce_ex__(2)[0].__name__, o.__format__("") == str(o), format(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(o) if not n.startswith("__init")))
