# Generators: a lazy pipeline of generator functions, `yield from`,
# generator expressions consumed by sum/max/any, and itertools helpers.
import itertools


def integers(start=1):
    n = start
    while True:
        yield n
        n += 1


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def primes():
    # Incremental sieve: maps each upcoming composite to the primes that reach it.
    composites = {}
    for n in integers(2):
        factors = composites.pop(n, None)
        if factors is None:
            yield n
            composites[n * n] = [n]
        else:
            for p in factors:
                composites.setdefault(n + p, []).append(p)


def windows(iterable, size):
    it = iter(iterable)
    window = tuple(itertools.islice(it, size))
    if len(window) == size:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_mean(values):
    total = 0
    for count, v in enumerate(values, 1):
        total += v
        yield total / count


def main():
    checksum = 0

    prime_list = list(itertools.islice(primes(), 18_000))
    checksum += prime_list[-1] + sum(p % 10 for p in prime_list)

    twin = sum(1 for a, b in windows(prime_list, 2) if b - a == 2)
    gaps = max(b - a for a, b in windows(prime_list, 2))
    triples = sum(1 for w in windows(prime_list, 3) if w[2] - w[0] == 6)
    checksum += twin + gaps + triples

    lengths = (sum(1 for _ in collatz(n)) for n in range(1, 60_000))
    longest = max(zip(lengths, itertools.count(1)))
    checksum += longest[0] * longest[1]

    nested = [[i, [i * 2, [i * 3, i * 4]], i * 5] for i in range(30_000)]
    checksum += sum(flatten(nested))

    means = list(itertools.islice(running_mean(x * x % 97 for x in integers()), 80_000))
    checksum += int(means[-1] * 1000)

    evens_squared = sum(x * x for x in range(300_000) if x % 2 == 0)
    has_big = any(x > 10**6 for x in (y * 7 for y in range(300_000)))
    checksum += evens_squared % 1_000_003 + has_big

    print(prime_list[-1], twin, gaps, triples, longest, round(means[-1], 6))
    print("checksum", checksum)


main()
