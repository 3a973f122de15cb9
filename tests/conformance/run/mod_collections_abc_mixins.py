# collections.abc: the mixin methods of Set, MutableMapping and Sequence.
from collections import abc

class Bag(abc.Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Bag({self.items})"
a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]), a.isdisjoint([9]))

class Store(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
s = Store()
s.update({"x": 1}, y=2)
print(s.setdefault("z", 3), s.pop("x"), s.get("q", "-"), sorted(s.items()), "y" in s, s == {"y": 2, "z": 3})
print(type(s.keys()).__name__, list(s.values()), s.popitem(), len(s))

class Seq(abc.Sequence):
    def __getitem__(self, i):
        return "abcb"[i]
    def __len__(self):
        return 4
q = Seq()
print(list(q), list(reversed(q)), q.index("b"), q.count("b"), "c" in q, q.index("b", 2))
try:
    q.index("z")
except ValueError as e:
    print("ValueError", repr(e))

