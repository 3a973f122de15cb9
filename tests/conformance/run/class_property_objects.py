# property: getters, setters, deleters, copies, docs and the 3.11 error messages.
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    ro = property(lambda self: "read only")
    nothing = property()

c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel)
for action in (lambda: setattr(c, "ro", 1), lambda: delattr(c, "x"), lambda: c.nothing,
               lambda: setattr(c, "nothing", 1), lambda: delattr(c, "nothing")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
C.late = property(lambda self: 1)
for action in (lambda: setattr(c, "late", 2), lambda: property().__get__(c), lambda: C.x.__delete__(c)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
p = property(None, None, None, "explicit doc")
print(p.__doc__, property(lambda s: 1).__doc__, C.__dict__["x"].__get__(None, C) is C.x)
def getter(self):
    "getter doc"
    return 1
q = property(getter)
print(q.__doc__, q.setter(None).__doc__, property(getter, doc="given").getter(lambda s: 2).__doc__)
class Sub(property):
    pass
s = Sub(getter)
print(s.__doc__, s.__dict__, type(s.setter(print)).__name__, Sub(None).__dict__)
print(C.x.__isabstractmethod__, property.__isabstractmethod__.__class__.__name__)
for args in ((1, 2, 3, 4, 5), ()):
    try:
        property(*args, bad=1)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.__set_name__(C)
except TypeError as e:
    print("TypeError:", e)
class Outer:
    class Inner:
        attr = property()
try:
    Outer.Inner().attr
except AttributeError as e:
    print("AttributeError:", e)
