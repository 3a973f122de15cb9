# Big integers: pi digits by Gibbons' unbounded spigot, factorials and their
# digit sums, large Fibonacci numbers, and modular exponentiation.
import math


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10 ** 9)
        total += sum(map(int, str(d)))
    return total


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    digits = pi_digits(2700)
    print("".join(map(str, digits[:50])))
    checksum = sum(d * (i % 7 + 1) for i, d in enumerate(digits))

    for n in range(100, 3001, 50):
        f = factorial(n)
        assert f == math.factorial(n)
        checksum += digit_sum(f) + f.bit_length()

    fib = fibonacci(100_000)
    checksum += fib % 1_000_000_007 + len(str(fibonacci(4000)))

    m = 2 ** 521 - 1
    for base in range(2, 200):
        checksum += pow(base, m - 1, m) + pow(base, 10 ** 40, m) % 1000

    print(digit_sum(factorial(1000)), fib.bit_length(), hex(fib)[-12:])
    print("checksum", checksum)


main()
