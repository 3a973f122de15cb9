# __len__, __contains__, __getitem__, __setitem__, __delitem__, __reversed__.
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return sum(self.items.values())
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __getitem__(self, k):
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(list(self.items))

b = Bag()
b["x"] = 2
b["y"] = 3
print(len(b), "x" in b, "z" not in b, b["q"], list(b), list(reversed(b)))
del b["x"]
print(len(b), bool(b))
try:
    del b["nope"]
except KeyError as e:
    print("KeyError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
