# Comprehensions: list comprehensions with filters and nesting, matrix work
# with zip(*rows), and dict and set comprehensions.
import random


def matmul(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def matmul_indexed(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]


def pythagorean_triples(limit):
    return [(a, b, c)
            for a in range(1, limit)
            for b in range(a, limit)
            for c in [int((a * a + b * b) ** 0.5)]
            if c < limit and c * c == a * a + b * b]


def histogram(values, buckets):
    return {b: len([v for v in values if v % buckets == b]) for b in range(buckets)}


def main():
    rng = random.Random(5)
    checksum = 0
    n = 115
    a = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]
    b = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]
    c = matmul(a, b)
    d = matmul_indexed(a, b)
    assert c == d
    checksum += sum(sum(row) for row in c) + sum(row[i] for i, row in enumerate(d))

    transposed = [list(col) for col in zip(*c)]
    checksum += sum(x for row in transposed[:10] for x in row if x > 0)

    triples = pythagorean_triples(1100)
    checksum += len(triples) + sum(c for _, _, c in triples)

    values = [rng.randrange(1_000_000) for _ in range(400_000)]
    squares = [v * v for v in values]
    odd = [v for v in values if v & 1]
    pairs = [(v, s % 97) for v, s in zip(values, squares) if s % 97 < 10]
    hist = histogram(values, 12)
    digits = {v % 1000: str(v)[-3:] for v in values}
    seen = {v // 1000 for v in values}
    words = [f"w{v % 5000}" for v in values]
    lengths = {w: len(w) for w in words}
    checksum += len(odd) + len(pairs) + sum(hist.values()) * 3 + len(digits) + len(seen)
    checksum += sum(lengths.values()) + max(hist.items(), key=lambda kv: kv[1])[0]
    print(c[0][:5], triples[:3], len(triples), sorted(hist.items())[:3], len(seen))
    print("checksum", checksum)


main()
