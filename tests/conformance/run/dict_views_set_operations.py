# Dict views in set operations and comparisons.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(a.keys() & b.keys(), a.keys() - b.keys(), sorted(a.keys() | b.keys()), a.keys() ^ b.keys())
print(a.items() & {("x", 1), ("y", 20)}, a.keys() <= {"x", "y", "z", "q"}, a.keys() == {"x", "y", "z"})
print(a.keys().isdisjoint(b), a.keys().isdisjoint({"q"}), len(a.items() | b.items()))
print(list(a.keys() - {"x"}), type(a.keys() & b.keys()).__name__)
print(reversed(a.keys()).__class__.__name__, list(reversed(a.items())), list(reversed(a.values())))
v = a.values()
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(a.keys().mapping is not None, a.keys().mapping["x"])
