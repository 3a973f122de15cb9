# __slots__ member descriptors: unset slots, deletion, type checks and attributes.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

class Q(P):
    __slots__ = ("z",)

p = P()
d = P.__dict__["x"]
print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__, repr(d))
print(p.x, hasattr(p, "y"), getattr(p, "y", "unset"), d.__get__(None, P) is d, d.__get__(p))
for action in (lambda: p.y, lambda: delattr(p, "y"), lambda: d.__get__(1),
               lambda: d.__set__(1, 2), lambda: d.__delete__(p) or d.__delete__(p),
               lambda: setattr(p, "other", 1), lambda: p.__dict__):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
q = Q()
q.z = 3
q.y = 2
print(q.x, q.y, q.z, sorted(k for k in Q.__dict__ if not k.startswith("__")), Q.__slots__)
d.__set__(q, "via descriptor")
print(q.x, P.y.__get__(q), "__dict__" in dir(q), "__weakref__" in P.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__, list(WithDict.__dict__)[:4])
for bad in ("('a', 'a')", "(1,)"):
    try:
        exec(f"class Bad:\n    __slots__ = {bad}\n")
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
import types
print(type(types.FunctionType.__dict__["__globals__"]).__name__, types.FunctionType.__globals__.__name__)
