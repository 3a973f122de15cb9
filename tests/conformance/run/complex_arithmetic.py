# Complex arithmetic and repr.
a = 3 + 4j
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b)
print(a ** 2, a ** 0.5, abs(a), -a, +a, a.conjugate())
print(a.real, a.imag, type(a.real).__name__)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, 2 ** (1j))
print(a == 3 + 4j, a != b, a == complex(3, 4), 1 + 0j == 1)
print(complex(1, 0), complex(0, 1), complex(-0.0, -0.0), complex(0, -0.0), -1j)
print(1e300j * 1e10, complex(float("inf"), float("nan")), 0j)
print(repr(1.5 + 2.25j), str(complex(2, -3)), (1 + 2j) * 2, 3 * 1j)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a // b
except TypeError as e:
    print("TypeError:", e)
try:
    a % 2
except TypeError as e:
    print("TypeError:", e)
