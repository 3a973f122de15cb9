# frozenset algebra, iteration order and use as dict keys.
a = frozenset("abcde")
b = frozenset("cdefg")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.isdisjoint(b), a.issuperset("ab"), frozenset() < a, a == set(a))
print(frozenset({3, 1, 2}), frozenset({100, 10, 1000}), frozenset({"x", "y", "z"}))
groups = {frozenset({"read", "write"}): "editor", frozenset({"read"}): "viewer"}
print(groups[frozenset({"write", "read"})], len(groups))
print(frozenset([1, 2, 2, 3]), frozenset(range(3)) == frozenset([0, 1, 2]))
print(sorted(frozenset({frozenset({1}), frozenset({1, 2})}), key=len))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset({"a"})))
print(frozenset("ab").union("c", "d") == frozenset("abcd"), type(frozenset().copy()).__name__)
