# hash() of ints: identity below the modulus 2**61 - 1, -1 maps to -2.
for n in (0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62,
          -(2 ** 61), 2 ** 64 + 7, 10 ** 30, -(10 ** 30)):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2 ** 70) == hash(float(2 ** 70)))
# Hashes of equal numbers of different types agree.
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal(3)) == hash(3))
print(hash(-1.0), hash(-0.0), hash(0.0))
print(hash(10 ** 19) == hash(10 ** 19 % (2 ** 61 - 1)))
print({2 ** 61 - 1: "a", 0: "b"})
