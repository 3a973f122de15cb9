# dir(), vars() and locals(): scopes, __dir__ hooks, class and instance namespaces.
import sys
top = 1
print([n for n in dir() if not n.startswith("_")], locals() is globals(), vars() is globals())
def function(a, b=2):
    c = a + b
    def inner():
        return c
    return dir(), sorted(locals()), vars()["a"], inner
print(function(1)[:3])
class Base:
    base_attr = 1
    def method(self):
        return sorted(locals())
    names_in_body = sorted(locals())
class Child(Base):
    __slots__ = ("slot",)
    child_attr = 2
print(Base.names_in_body, Base().method())
print([n for n in dir(Child) if not n.startswith("__")], "__dict__" in dir(Child), "slot" in dir(Child))
obj = Base()
obj.extra = 3
print([n for n in dir(obj) if not n.startswith("__")], vars(obj), vars(obj) is obj.__dict__)
print(obj.__dir__() == sorted(obj.__dir__()), sorted(type.__dir__(Child))[:3], "mro" in dir(type))
class Custom:
    def __dir__(self):
        return ("zz", "aa", "mm")
class BadDir:
    def __dir__(self):
        return 42
print(dir(Custom()), dir(5)[:3], len(dir(object)) > 20, dir(sys)[:1] == sorted(dir(sys))[:1])
for action in (lambda: dir(BadDir()), lambda: dir(1, 2), lambda: vars(1), lambda: vars(1, 2),
               lambda: locals(1), lambda: vars(Child())):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(vars(Child))[:4], type(vars(Child)).__name__)
def closure_locals():
    x = 1
    def uses():
        return x
    y = [locals()["x"], "y" in locals()]
    return y
print(closure_locals())
