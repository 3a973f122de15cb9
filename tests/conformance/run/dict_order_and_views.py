# Dicts keep insertion order; views are live and support set operations.
d = {}
for k in ["pear", "apple", "fig", 10, 2, -1, (1, 2)]:
    d[k] = len(str(k))
print(d)
del d["apple"]
d["apple"] = 0
d["pear"] = 99
print(list(d))
keys, values, items = d.keys(), d.values(), d.items()
d["new"] = 1
print(keys, values, items, sep="\n")
print(keys & {"fig", "zzz"}, keys | {"q"} == set(d) | {"q"}, keys - {"fig", 10, 2, -1, (1, 2)})
print(items & {("fig", 3)}, ("new", 1) in items, 99 in values, list(reversed(d)))
print(len(keys), sorted(str(k) for k in keys), d.keys() == {"pear", "fig", 10, 2, -1, (1, 2), "apple", "new"})
print(values == values, type(keys).__name__, type(items).__name__, type(values).__name__)
print(repr({}.keys()), repr({1: 2}.items()))
