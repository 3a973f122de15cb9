# __slots__ members are descriptors; slots with defaults conflict with class attributes.
class P:
    __slots__ = ("x", "y")

print(type(P.__dict__["x"]).__name__, P.x.__name__, P.__dict__.get("__dict__"))
p = P()
P.x.__set__(p, 5)
print(P.x.__get__(p, P), p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Empty(), "__weakref__"), "__weakref__" in dir(P))
