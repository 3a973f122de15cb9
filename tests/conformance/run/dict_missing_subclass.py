# __missing__ in a dict subclass; dict subclasses and their repr.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, c.get("z"))

class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

low = Lower()
low["KEY"] = 1
print(low, low["Key"], type(low).__name__, isinstance(low, dict))
low.update(OTHER=2)
print(low, dict(low))
class Repr(dict):
    def __repr__(self):
        return "Repr(" + super().__repr__() + ")"
print(Repr(a=1), [Repr()])
