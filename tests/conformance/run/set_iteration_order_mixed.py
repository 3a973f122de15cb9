# Mixed sets: numbers, strings, tuples, floats; order after removals and re-adds.
s = {1, "1", 1.5, (1, 2), "b", 2, 3.0, -7, ("a",), True, 0.0}
print(s, len(s))
s.remove("1")
s.remove(2)
s.add("new")
s.add(2)
print(s)
print({frozenset({1}), frozenset(), frozenset({"a", "b"})})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2.5, 5 / 2})
t = set()
for x in [10, "ten", 10.5, (10,), "10", 100]:
    t.add(x)
    print(sorted(map(repr, t)), list(t)[0])
