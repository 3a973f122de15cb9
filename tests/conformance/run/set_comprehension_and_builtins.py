# Set comprehensions and sets with builtins.
print({x % 5 for x in range(20)}, {c.lower() for c in "HeLLo"} == set("helo"))
s = {3, 1, 2}
print(len(s), sum(s), min(s), max(s), sorted(s), sorted(s, reverse=True))
print(any(s), all(s), all({0, 1}), 2 in s, 4 not in s)
print(set(map(abs, [-1, 1, -2])), set(filter(None, [0, 1, "", "a"])) == {1, "a"})
print(set(zip("ab", "ab")) == {("a", "a"), ("b", "b")}, set(enumerate("a")))
print(s == frozenset(s), s.union() is s, s.copy() == s)
print(set.union({1}, {2}), set.intersection({1, 2}, {2}))
print(len(set(range(1000)) - set(range(0, 1000, 2))))
