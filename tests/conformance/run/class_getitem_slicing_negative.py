# A sequence class that normalizes negative indices and slices itself.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self.items[i] for i in range(*key.indices(len(self)))]
        if not isinstance(key, int):
            raise TypeError(f"Ring indices must be integers, not {type(key).__name__}")
        return self.items[key % len(self)]
    def __iter__(self):
        # Without this, iteration would call __getitem__ forever: it never raises IndexError.
        return iter(self.items)
    def __setitem__(self, key, value):
        self.items[key % len(self)] = value

r = Ring("abcde")
print(r[0], r[7], r[-1], r[1:4], r[::-2], r[10:])
r[12] = "Z"
print(r.items, list(r), "c" in r, reversed(r).__class__.__name__, list(reversed(r)))
try:
    r["x"]
except TypeError as e:
    print("TypeError:", e)
