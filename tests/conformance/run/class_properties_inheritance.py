# Overriding properties in subclasses and using super() in them.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v

class Doubled(Base):
    @property
    def value(self):
        return super().value * 2

class Validated(Base):
    @Base.value.setter
    def value(self, v):
        if v < 0:
            raise ValueError("negative")
        Base.value.fset(self, v)

d = Doubled()
print(d.value)
try:
    d.value = 5
except AttributeError as e:
    print("AttributeError:", e)
v = Validated()
v.value = 10
print(v.value)
try:
    v.value = -1
except ValueError as e:
    print("ValueError:", e)
print(type(Validated.value).__name__, Validated.value.fget is Base.value.fget)
