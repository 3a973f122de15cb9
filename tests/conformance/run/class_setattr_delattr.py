# __setattr__ and __delattr__ intercept all assignments and deletions.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

f = Frozen(a=1)
print(f.a)
for op in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)

class Tracker:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Tracker()
t.x = 1
t.x += 1
del t.x
print(vars(t))
