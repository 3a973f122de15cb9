# Iteration order of str sets depends on the string hash (seed 0 here).
print({"apple", "banana", "cherry", "date"})
print({"a", "b", "c", "d", "e", "f", "g"})
s = set("the quick brown fox")
print(s, len(s))
s.discard("q")
s.discard("u")
s.add("Z")
print(s)
print(set(["x", "y", "z"]) | {"w"}, {"k1", "k2", "k3"} - {"k2"})
words = {w for w in "lorem ipsum dolor sit amet consectetur adipiscing elit sed do".split()}
print(words)
print(list(frozenset("hello world")))
