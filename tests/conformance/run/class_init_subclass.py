# __init_subclass__ runs for each subclass, with class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls
        print("registered", cls.__name__, key)

class Csv(Plugin, key="csv"):
    pass

class Json(Plugin):
    pass

class Pretty(Json, key="pretty"):
    pass

print(sorted(Plugin.registry))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
