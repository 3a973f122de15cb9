# Hashes of tuples (xxHash-based since 3.8) are deterministic.
# (Not of None: in 3.11 hash(None) comes from its address.)
for t in ((), (1,), (1, 2), (2, 1), ("a", "b"), (1, (2, 3)), (True,), (1.5, -1), ((), ()), (0,) * 5):
    print(t, hash(t))
print(hash((1, 2)) == hash((1, 2)), hash((1,)) == hash((1.0,)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()], (1, 2) in d)
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
print(hash((True, 1.0)) == hash((1, 1)))
