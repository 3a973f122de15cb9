# Function attributes: what may be assigned or deleted, and the errors.
def f(a, b=2, *, c=3):
    "doc"
    return a

def attempt(action):
    try:
        action()
        print("ok")
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: setattr(f, "__name__", 3))
attempt(lambda: delattr(f, "__qualname__"))
attempt(lambda: setattr(f, "__defaults__", [1]))
attempt(lambda: setattr(f, "__kwdefaults__", [1]))
attempt(lambda: setattr(f, "__annotations__", 5))
attempt(lambda: setattr(f, "__code__", None))
for name in ("__globals__", "__closure__", "__builtins__"):
    attempt(lambda: setattr(f, name, 1))
attempt(lambda: setattr(f, "__dict__", 1))
attempt(lambda: delattr(f, "__dict__"))
for name in ("__doc__", "__defaults__", "__kwdefaults__", "__annotations__", "__module__"):
    delattr(f, name)
print(f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__module__)
f.__qualname__ = "renamed.f"
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 30}
print(f.__qualname__, f.__name__, f(1), f.__defaults__, f.__kwdefaults__)
attempt(lambda: f())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

g = counter()
attempt(lambda: setattr(g, "__code__", f.__code__))
attempt(lambda: setattr(f, "__code__", g.__code__))
def h():
    return "h"
f.__code__ = h.__code__
print(f(), f.__name__, f.__code__.co_name)
print(f.__builtins__ is __builtins__.__dict__, f.__globals__ is globals())
f.extra = [1]
print(f.__dict__, sorted(vars(f)))
f.__dict__ = {"replaced": True}
print(f.replaced, hasattr(f, "extra"))
