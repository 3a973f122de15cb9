# Class creation: __set_name__ order and errors, __init_subclass__ keyword arguments.
class Recorder:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("broken " + name)

class Host:
    first = Recorder()
    second = Recorder()

try:
    class Bad:
        ok = Recorder()
        bad = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        print("init_subclass", cls.__name__, flavor, kw)

class Plain(Base):
    pass
class Sweet(Base, flavor="sweet"):
    pass
print(Plain.flavor, Sweet.flavor)
for make in (lambda: type("T", (Base,), {}, flavor="x", other=1),
             lambda: type("U", (), {}, k=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Extra(Base, flavor="x", extra=2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Other:
    pass
for args in ((1,), ()):
    try:
        Other.__init_subclass__(*args, **({"k": 1} if not args else {}))
    except TypeError as e:
        print("TypeError:", e)
print(object.__init_subclass__(), type(Base.__dict__["__init_subclass__"]).__name__)
class Late:
    pass
Late.attr = Recorder()
print("no set_name for attributes added later", Plain.__name__)
