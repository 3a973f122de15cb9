# Default repr names the class (the address part differs per run, so only
# its shape is printed here); default == is identity.
class Thing:
    pass

t = Thing()
r = repr(t)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"), str(t) == r)
print(t == t, t == Thing(), t != Thing(), t is t, hash(t) == hash(t))
print(type(t).__name__, type(t).__qualname__, type(t).__module__)

class Inner:
    class Nested:
        pass
n = Inner.Nested()
print(type(n).__qualname__, repr(n).split(" object")[0])
print(repr(Thing), repr(Inner.Nested), str(Thing))
print(id(t) == id(t), id(t) != id(Thing()))
print(Thing.__eq__ is object.__eq__, Thing.__hash__ is object.__hash__)
