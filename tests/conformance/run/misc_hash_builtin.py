# hash() of built-in values with PYTHONHASHSEED=0.
values = [0, 1, -1, 2 ** 64, 1.5, -0.0, "abc", b"abc", (), (1, "a"), frozenset({1, 2}),
          True, 3 + 4j, range(3).start]
for v in values:
    print(repr(v), hash(v))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()))
