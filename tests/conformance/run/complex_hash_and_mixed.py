# Hashing and mixed-type operations of complex numbers.
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1j), hash(1 + 1j), hash(-1 - 1j), hash(complex(0, -0.0)))
print({1: "a", 1 + 0j: "b"}, {1j, 1j + 0})
print(1j + 1, 1j + 1.5, 1j + True, 2 - 1j, 1.5 * 1j)
print((1 + 2j) / 2, 2 / (1 + 1j), (4 + 2j) / (1 - 1j))
print(abs(3 - 4j), abs(complex(float("inf"), 1)), abs(0j))
print(complex(3, 4).__abs__(), (1j).__neg__(), (1 + 1j).__pow__(2))
print(pow(1j, 2), pow(2j, -1), 0j ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
