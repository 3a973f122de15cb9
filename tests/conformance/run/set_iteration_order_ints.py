# Iteration order of int sets follows the hash table (hash(n) == n).
print({5, 1, 3}, {100, 1, 33, 64, 2}, {-1, -2, 0, 1})
s = set()
for n in (32, 0, 16, 8, 40, 24, 56):
    s.add(n)
print(s)
print(set(range(20, 0, -3)), {2 ** 40, 2 ** 30, 1, 7})
big = set(range(100))
for n in range(0, 100, 2):
    big.discard(n)
print(list(big)[:10])
big.update({1000, 512, 256, 130})
print(sorted(big)[-4:], list(big)[-6:])
print({8, 16, 24, 32, 40, 48} | {0})
print(list({-5, 5, -50, 50, 1 << 61, -(1 << 61)}))
