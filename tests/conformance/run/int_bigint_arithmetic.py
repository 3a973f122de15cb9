# Ints beyond 64 bits behave like any other int.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(b // -a, b % -a)
print(divmod(-b, 12345678901234567890))
print(a ** 3)
print(-(2 ** 64), abs(-(3 ** 50)))
print((2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15)
print(type(2 ** 62), type(2 ** 200))
