# Fractions in everyday code: sums of series, mixed types, sorting and formatting.
from fractions import Fraction as F
import math

harmonic = sum(F(1, n) for n in range(1, 21))
print(harmonic, float(harmonic), harmonic.numerator.bit_length(), harmonic.denominator % 1000)
egypt = []
x = F(7, 15)
while x:
    d = math.ceil(1 / x)
    egypt.append(F(1, d))
    x -= F(1, d)
print(egypt, sum(egypt))
print(sorted([F(2, 3), F(1, 2), 0.6, 1, F(-1, 7)]), max(F(1, 3), 0.3), min(F(1, 3), F(2, 6)))
print(F(3, 4) * 100, F(22, 7) - F(355, 113), abs(F(22, 7) - F(math.pi)) < F(1, 100))
print([str(F(n, 12)) for n in range(1, 13)])
print(F(1, 3) + F(1, 3) + F(1, 3) == 1, 0.1 + 0.1 + 0.1 == 0.3, F("0.1") * 3 == F("0.3"))
print(math.floor(F(-7, 3)), math.ceil(F(-7, 3)), round(F(-7, 3)), round(F(5, 2)), round(F(-5, 2)), divmod(F(7, 3), F(1, 2)))
print(F(1, 3) ** -1, F(-8, 27) ** F(1, 3) if False else F(8, 27) ** 2, F(2) ** 0.5, F(10) // 3, F(-10) % 3)
print(F(1e-10).limit_denominator(10 ** 12), F(0.3).limit_denominator(), F(1, 7).as_integer_ratio())
print({F(1, 2), 0.5, F(2, 4)}, hash(F(7)) == hash(7), F(5, 1) == 5.0)
