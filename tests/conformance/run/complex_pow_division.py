# complex ** and / : small integer powers by repeated squaring, errors.
# (Values are built with complex() so that no complex literal is needed.)
c = complex
z = c(1, 1)
print([z ** n for n in range(-3, 8)])
print(z ** 100, z ** -100, c(1.5, 2) ** 3, c(2, 0) ** 1000)
print(c(1e200, 1e200) ** 2, c(float('inf'), 0) ** 2, c(1e-200, 1e-200) ** 2)
print(c(1, 2) / c(3, 4), c(1, 2) / 3, 3 / c(1, 2), c(0, 1) / 1e-308, c(1e308, 1e308) / c(1e-308, 1e-308))
print(c(1, float('nan')) / 2, 2 / c(float('inf'), 1))
print(abs(c(3, 4)), abs(c(1e308, 1e308)), abs(c(float('inf'), float('nan'))), abs(c(-0.0, 0)))
print(c(0, 0) ** 0, c(0) ** c(0), c(0, 1) ** 2, (-1) ** 0.5 == c(0, 1) ** 1.0, c(2, 3) ** c(0.5, -1))
print(c(1, 2) ** 2.5, 2 ** c(1, 1), c(-1.5, 0.5) ** -1.5, c(3, -4) ** c(1, 1))
J = c(0, 1)
tests = [lambda: J / 0, lambda: 1 / c(0), lambda: c(0) ** -1, lambda: c(0) ** J, lambda: c(1e-200, 1e-200) ** -2,
         lambda: c(2, 0) ** 1024.5, lambda: z ** 1e200, lambda: z ** float('inf'),
         lambda: abs(c(1e308, 1e308) * 2), lambda: pow(J, 2, 3), lambda: J // 2, lambda: J % 2,
         lambda: divmod(J, 1), lambda: J < J, lambda: round(J), lambda: int(J), lambda: float(J)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(hash(c(1, 0)) == hash(1), hash(c(0, -1)), hash(c(-1, 0)), c(1, 0) == True, J == J + 0.0)
