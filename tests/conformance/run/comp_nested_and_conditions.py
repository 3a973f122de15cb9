# Deeply nested comprehensions and complex conditions.
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row if sum(cell) % 2 == 0]
print(flat)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
words = ["level", "python", "radar", "noon", "code"]
print([w for w in words if w == w[::-1] and len(w) > 4])
print(sorted({ch for w in words for ch in w if ch in "aeiou"}))
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
