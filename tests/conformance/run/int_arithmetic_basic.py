# The basic operators on small ints.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, 2 ** 10, 2 ** -1)
print(-a // b, -a % b, a // -b, a % -b)
print(-a, +a, ~a, abs(-a))
print(0 ** 0, (-2) ** 3, (-8) ** 2)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(7 // 1, 0 // 5, 0 % 5)
print(1 + True, True + True, 3 * False)
x = 7
x += 3; x -= 1; x *= 2; x //= 4; x **= 3; x %= 50
print(x)
