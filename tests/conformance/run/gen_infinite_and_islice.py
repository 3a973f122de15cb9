# Infinite generators consumed partially, with state kept between uses.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
first = [next(f) for _ in range(10)]
print(first)
print([next(f) for _ in range(5)])

def cycle(items):
    while True:
        yield from items
c = cycle("ab")
print("".join(next(c) for _ in range(5)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
