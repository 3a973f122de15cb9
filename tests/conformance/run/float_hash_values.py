# hash() of floats matches hash() of equal ints and rationals.
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.14, 1e100, -1e100, 2.0 ** 61, 2.0 ** 62,
          1e-300, 123456.789, float("inf"), float("-inf")):
    print(repr(v), hash(v))
print(hash(2.0) == hash(2), hash(0.5) == hash(0.5), hash(1e20) == hash(10 ** 20))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0.0, -0.0, 0, False}
print(s)
# nan hashes by identity since 3.10.
nan = float('nan')
print(hash(nan) == hash(nan), len({nan, nan}), len({float('nan'), float('nan')}))
print(hash(1.5) == hash(3 / 2))
print(hash(-1.0), hash(0.1) % 1000)
