# Metaclasses: __new__ and __init__ of the metaclass run at class creation.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Thing(metaclass=Meta, flavor="x"):
    a = 1
    def method(self):
        pass

class Sub(Thing):
    b = 2

print(Thing.created_by, type(Thing).__name__, type(Sub).__name__)
t = Sub()
print(type(t).__name__)
