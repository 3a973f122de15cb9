# pickle protocol 4 bytes of scalars: ints of every width, floats, strings, bytes.
import pickle

for o in [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
          2 ** 64, -2 ** 100, 10 ** 50, 0.0, -1.5, 1e300, float("inf"), "a", "", "\u00e9\u20ac\U0001f600", "x" * 300,
          b"", b"ab", b"x" * 300, 1 + 2j]:
    data = pickle.dumps(o)
    print(repr(o)[:30], data[:60], len(data), pickle.loads(data) == o)
print(pickle.dumps(["s", "s", "s"]), pickle.dumps([1.5, 1.5]))
print(pickle.loads(pickle.dumps(-0.0)), pickle.loads(pickle.dumps(float("nan"))), pickle.dumps(3j, 5))
