# Attributes of module objects.
import _helper
import types
import math
print(type(_helper).__name__, isinstance(_helper, types.ModuleType))
print(_helper.__name__, _helper.__package__ == "", _helper.__spec__.name)
print(sorted(k for k in vars(_helper) if not k.startswith("__")))
_helper.new_attr = 42
print(_helper.new_attr, getattr(_helper, "GREETING"))
print(math.__name__, hasattr(math, "__file__") in (True, False), math.pi)
m = types.ModuleType("made_up", "a doc")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
del _helper.new_attr
print(hasattr(_helper, "new_attr"))
