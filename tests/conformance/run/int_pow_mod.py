# Three-argument pow, negative exponents with a modulus.
print(pow(3, 4, 5), pow(2, 100, 97), pow(7, 0, 13))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(-3, 3, 5), pow(3, 3, -5))
print(pow(123456789, 987654321, 2 ** 89 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, -2), pow(-8, 1 / 3).real > 0)
print(pow(0, 0), pow(5, 1, 1))
