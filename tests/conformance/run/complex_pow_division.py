# complex ** and / : small integer powers by repeated squaring, errors.
z = 1 + 1j
print([z ** n for n in range(-3, 8)])
print(z ** 100, z ** -100, (1.5 + 2j) ** 3, (2 + 0j) ** 1000)
print(complex(1e200, 1e200) ** 2, complex(float('inf'), 0) ** 2, (1e-200 + 1e-200j) ** 2)
print((1 + 2j) / (3 + 4j), (1 + 2j) / 3, 3 / (1 + 2j), 1j / 1e-308, (1e308 + 1e308j) / (1e-308 + 1e-308j))
print(complex(1, float('nan')) / 2, 2 / complex(float('inf'), 1))
print(abs(3 + 4j), abs(complex(1e308, 1e308)), abs(complex(float('inf'), float('nan'))), abs(-0j))
print(0j ** 0, 0j ** 0j, 1j ** 2, (-1) ** 0.5 == 1j ** 1.0)
tests = [lambda: 1j / 0, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e-200 + 1e-200j) ** -2,
         lambda: (2 + 0j) ** 1024.5, lambda: (1 + 1j) ** 1e200, lambda: (1 + 1j) ** float('inf'),
         lambda: abs(complex(1e308, 1e308) * 2), lambda: pow(1j, 2, 3), lambda: 1j // 2, lambda: 1j % 2,
         lambda: divmod(1j, 1), lambda: 1j < 2j, lambda: round(1j), lambda: int(1j), lambda: float(1j)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(hash(1 + 0j) == hash(1), hash(complex(0, -1)), hash(-1 + 0j), (1 + 0j) == True, 1j == 1j + 0.0)
