# Small ints (-5..256) are cached: every way of making one gives the same object.
a = 100
b = 50 + 50
print(a is b)
n = 255
m = n + 1
print(m is 256 - 0)
m = n + 2
k = n + 2
print(m == k, m is k)
x = -5
y = -3 - 2
print(x is y)
x = -6
y = -3 - len('abc')
print(x == y, x is y)
values = [i * 2 for i in range(130)]
print(all(v is int(str(v)) for v in values))
big = [i * 3 for i in range(86, 200)]
print(sum(1 for v in big if v is int(str(v))))
print((10 ** 2) is 100, (10 ** 3) is 1000)
def f(z):
    return z + 1
print(f(10) is f(10), f(300) is f(300))
print(f(-7) is f(-7), f(-6) is f(-6))
