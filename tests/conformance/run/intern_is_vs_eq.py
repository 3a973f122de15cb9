# `is` compares identity: equal values may or may not be one object.
def check(a, b):
    return (a == b, a is b)
n = len('ab')
print(check(256, 255 + n - 1))
print(check(257, 255 + n))
print(check('ab', 'a' + 'b'))
print(check('ab', 'a' + 'b' * (n - 1)))
print(check((), tuple()))
print(check([], []))
print(check(1.0, float(n - 1)))
print(check(None, {}.get(1)))
print(check(True, n == 2))
x = 'a' * (n + 1)
y = x
print(check(x, y))
y += 'a'
print(check(x, y), x, y)
