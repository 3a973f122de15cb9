# frozenset: immutable, hashable, mixes with set in operators.
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset("aab") == frozenset("ab"), len(f))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1}, f - {1}, f ^ {9})
print({f: "val"}[frozenset({1, 2, 3})], hash(f) == hash(frozenset({1, 2, 3})))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({"a", "b"})))
print(f.union([5]), f.issubset({1, 2, 3, 4}), f.copy() is f, frozenset(f) is f)
for op in (lambda: f.add(1), lambda: f.remove(1), lambda: f.clear()):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
print(repr(frozenset({1})), str(frozenset()), frozenset({frozenset({1})}))
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4})
