# pickle protocol 4 and 5 bytes of containers, with memoization and batching.
import pickle

for o in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"k": "v"}, {1: 2, 3: 4},
          set(), {1, 2}, frozenset(), frozenset({3}), bytearray(b"ba"), [[1], [1]], {"a": [], "b": ()}]:
    print(repr(o), pickle.dumps(o), pickle.dumps(o, 5) == pickle.dumps(o))
print(pickle.dumps(bytearray(b"ba"), 5), pickle.dumps({"nested": [1, (2, 3), {"x": None}], "f": 1.5}, 5))
big = list(range(1005))
data = pickle.dumps(big)
print(len(data), data[:20], data.count(b"e"), pickle.loads(data) == big)
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
d = pickle.loads(pickle.dumps({i: str(i) for i in range(1200)}))
print(len(d), d[1199])
