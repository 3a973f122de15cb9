# Dict and set comprehensions.
words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({i: c for i, c in enumerate("abc")})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3: x for x in range(10)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({c: words.count(c) for c in sorted(set(words))})
print({frozenset(): 1}, {x for x in "hello" if x not in "l"} == {"h", "e", "o"})
print({**{i: i for i in range(2)}, **{"x": 0}})
