# Attributes of classes: __name__, __qualname__, __module__, __bases__, __mro__, __doc__, __dict__.
class Base:
    """Base doc."""
    a = 1

class Child(Base):
    b = 2
    def method(self):
        pass

print(Child.__name__, Child.__qualname__, Child.__module__, Child.__bases__, Child.__base__)
print(Child.__mro__, Child.mro(), Base.__doc__, Child.__doc__)
print(sorted(k for k in Child.__dict__), type(Child.__dict__).__name__)
print("a" in Child.__dict__, "a" in dir(Child), Child.a, Child.__dict__["b"])
print(Base.__subclasses__(), bool.__subclasses__(), Child.__class__)
print(Child.method.__qualname__, Child.method.__name__)
try:
    Child.__dict__["c"] = 3
except TypeError as e:
    print("TypeError:", e)
Child.__name__ = "Renamed"
print(Child.__name__, Child.__qualname__, Child)
