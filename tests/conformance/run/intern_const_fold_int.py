# Constant int expressions are folded up to 128 bits; larger ones are computed
# at run time, each time a new object.
a = 2 ** 64
b = 2 ** 64
print(a is b)
a = 2 ** 200
b = 2 ** 200
print(a == b, a is b)
a = 1000
b = 1000
print(a is b)
a = 10 ** 30
b = 1000000000000000000000000000000
print(a is b)
c = 1 << 100
d = 1 << 100
print(c is d)
c = 1 << 130
d = 1 << 130
print(c is d)
e = -(2 ** 63)
f = -9223372036854775808
print(e is f)
def g():
    return 12345 * 1000
def h():
    return 12345000
print(g() is h())
n = 1000
print(n * 1 is n * 1, (n + 0) == n)
