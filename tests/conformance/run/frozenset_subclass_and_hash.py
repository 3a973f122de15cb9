# frozenset subclasses and equality with sets.
class Tags(frozenset):
    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"

t = Tags(["b", "a"])
print(t, type(t | {"c"}).__name__, isinstance(t, frozenset), t == {"a", "b"})
print(hash(t) == hash(frozenset({"a", "b"})), {t: 1}[frozenset({"a", "b"})])
print(Tags(), Tags("x").issubset("xyz"), sorted(t.union("z")))
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({1, 2}) in s, {1, 2} in s)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested)
print(frozenset(range(5)) - frozenset(range(3)), frozenset("abc") & set("cd"))
