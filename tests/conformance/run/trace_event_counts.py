# Counting every event a small program produces, by kind and function.
import sys

counts = {}


def tracer(frame, event, arg):
    key = f'{frame.f_code.co_name}/{event}'
    counts[key] = counts.get(key, 0) + 1
    return tracer


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    return [fib(i) for i in range(6)], collatz(6)


sys.settrace(tracer)
print(main())
sys.settrace(None)
for k in sorted(counts):
    print(k, counts[k])
