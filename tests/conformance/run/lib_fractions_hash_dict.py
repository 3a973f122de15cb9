# Fractions as dict keys and set members together with equal ints, floats and Decimals.
from fractions import Fraction as F
from decimal import Decimal as D

table = {}
for key in [F(1, 2), 0.5, D("0.5"), F(2, 4), 1, F(1), 1.0, D(1), F(1, 3), 2 ** 61 - 1, F(2 ** 61 - 1), F(1, 2 ** 61 - 1)]:
    table[key] = table.get(key, 0) + 1
print(table)
print({F(1, 2), 0.5, D("0.5")}, len({F(n, 3) for n in range(9)}), F(1, 3) in {1 / 3}, F(1, 4) in {0.25})
print([hash(F(n, d)) for n, d in [(1, 2), (-1, 2), (1, 3), (2, 3), (5, 1), (-5, 1), (1, 10 ** 20), (10 ** 20, 3)]])
print(hash(F(1, 2)) == hash(0.5), hash(F(-1, 1)) == hash(-1) == -2, hash(F(3, 2 ** 61 - 1)) == hash(F(6, 2 ** 62 - 2)))
counts = {}
for n in range(1, 13):
    counts.setdefault(F(n, 12), []).append(n)
print(counts)
