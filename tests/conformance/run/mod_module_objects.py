# Module objects: repr, __getattr__ and __dir__ hooks, ModuleType() and attribute errors.
import sys
import _dynamic_attrs as dyn

ModuleType = type(sys)
print(dyn.computed, hasattr(dyn, "nothing"), getattr(dyn, "nothing", "default"))
try:
    dyn.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(dyn), repr(dyn).startswith("<module '_dynamic_attrs' from "))
print(repr(sys), type(sys).__name__, ModuleType.__name__)
try:
    sys.nothing
except AttributeError as e:
    print("AttributeError:", e)
m = ModuleType("made", "its doc")
print(m, m.__dict__, m.__doc__)
print(dir(m))
m.value = 3
print(m.value, m.__dict__["value"], vars(m) is m.__dict__)
for action in (lambda: m.missing, lambda: delattr(m, "missing"), lambda: setattr(m, "__dict__", {}),
               lambda: ModuleType(), lambda: ModuleType(1), lambda: ModuleType("a", "b", "c")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
del m.__name__
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
print(repr(m))
m.__file__ = "/virtual/path.py"
print(repr(m))
print(m.__annotations__, "__annotations__" in m.__dict__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
class Sub(ModuleType):
    def hello(self):
        return "hello from " + self.__name__
s = Sub("sub")
print(s.hello(), repr(s), isinstance(s, ModuleType), s.__dict__)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(repr(ModuleType.__new__(ModuleType)), sorted(ModuleType.__new__(ModuleType).__dict__))
