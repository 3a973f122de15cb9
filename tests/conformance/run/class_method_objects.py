# Bound methods: identity, equality, hashing, attributes and construction.
import types

class C:
    def m(self, x=0):
        "method doc"
        return (self.tag, x)
    def __init__(self, tag):
        self.tag = tag

a, b = C("a"), C("b")
print(a.m(1), a.m is a.m, a.m == a.m, a.m != b.m, hash(a.m) == hash(a.m))
print(a.m.__func__ is C.m, a.m.__self__ is a, a.m.__name__, a.m.__qualname__, a.m.__doc__)
print(repr(a.m).startswith("<bound method C.m of <__main__.C object at "), type(a.m).__name__)
C.m.note = "on the function"
print(a.m.note, a.m.__module__, a.m.__defaults__)
for action in (lambda: setattr(a.m, "note", 1), lambda: setattr(a.m, "__doc__", "x"),
               lambda: a.m.missing, lambda: types.MethodType(1, a),
               lambda: types.MethodType(len, None), lambda: types.MethodType(len),
               lambda: types.MethodType(len, a, b), lambda: types.MethodType(func=len, obj=a)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(hasattr(a.m, "missing"), getattr(a.m, "missing", "default"))
bound = types.MethodType(len, [1, 2, 3])
print(bound(), repr(bound).startswith("<bound method len of [1, 2, 3]"))
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
e1, e2 = Eq(), Eq()
print(C.m.__get__(e1) == C.m.__get__(e2), C.m.__get__(e1) == C.m.__get__(e1))
def free(self):
    return self
print(types.MethodType(free, 5)(), types.MethodType(free, 5) == types.MethodType(free, 5))
print([].append == [].append, (l := []).append == l.append, l.append != l.append)
print([].append.__qualname__, dict.fromkeys.__qualname__, len.__qualname__, [].append.__name__)
print([].append.__self__, dict.fromkeys.__self__, [].append.__module__, len.__module__)
print(C.m.__get__(None, C) is C.m, repr(C.m.__get__(a)) == repr(a.m))
