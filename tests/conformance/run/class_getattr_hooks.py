# __getattr__ runs only when normal lookup fails; __getattribute__ always.
class Lazy:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            value = name[len("computed_"):].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

l = Lazy()
print(l.real, l.computed_abc, vars(l))
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "other", "fallback"), hasattr(l, "computed_x"))

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
g = Logged()
print(g.x)
print(type(g).__name__)
