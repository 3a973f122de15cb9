# Float operators, floor division and modulo sign rules.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, divmod(-a, b))
print(7.0 % 0.1, -7.0 % 0.1, 1e300 % 3.0, 5.0 % -2.0, -5.0 % 2.0)
print(0.1 * 3, 0.1 + 0.7, 1.0 - 0.9, 100.0 * 1.1)
print(2.0 ** 0.5, (-8.0) ** (1.0 / 3), 10.0 ** -2, 2 ** 0.5)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0))
print(1.5 + 2, 3 * 0.5, 7 / 2.0, 2 ** -1.0)
print(float.__add__(1.0, 2), (1.0).__radd__(3), (2.0).__rsub__(5))
x = 1.5
x += 1; x *= 3; x /= 2; x -= 0.25; x **= 2; x //= 1.5; x %= 4
print(x)
try:
    (-8.0) ** 0.5 + 0
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
