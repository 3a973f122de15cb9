# Every kind of division by zero and its message.
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
    lambda: 2 ** 100 // 0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1j / 0,
    lambda: pow(0, -2), lambda: 10 ** 100 % 0,
]
for t in tests:
    try:
        t()
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
print(0 ** 0, 0.0 ** 0, 0 ** 2)
