# Fraction comparisons and hashes agree with the other numeric types.
from fractions import Fraction as F
from decimal import Decimal

print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(2, 1) == 2, F(1, 2) != F(2, 4))
print(F(1, 3) < 0.34, F(1, 2) > float("nan"), F(1, 2) < float("inf"), F(1, 2) > float("-inf"))
print(F(1, 3) < F(1, 2) <= 1 < F(3, 2), F(7, 2) >= 3.5, max(F(1, 2), 0.4, F(2, 5)))
print(sorted([F(1, 2), 0.3, 1, F(-1), -0.5, F(1, 3)]))
for x in [F(1, 2), F(-1, 2), F(1, 3), F(-1, 3), F(7), F(-1), F(10 ** 20, 3), F(1, 2 ** 61 - 1)]:
    print(repr(x), hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 4)) == hash(Decimal("0.25")))
print({F(1, 2): "half", 0.5: "float", 1: "one", F(1): "F1"})
try:
    F(1, 2) < "a"
except TypeError as e:
    print("TypeError:", e)
print(F(1, 2) == "0.5", F(1, 2) == None, F(1, 2) in [0.5])
