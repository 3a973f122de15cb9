# Constant bytes expressions are folded and shared like strs.
a = b'ab' + b'cd'
b = b'abcd'
print(a is b)
c = b'xy' * 3
d = b'xyxyxy'
print(c is d)
e = b'hello'[1]
print(e, e is 101)
def f():
    return b'data' + b'!'
def g():
    return b'data!'
print(f() is g())
n = 2
print((b'ab' * n) is (b'ab' * n), (b'ab' * n) == b'abab')
x = b'q' * 4097
y = b'q' * 4097
print(x == y, x is y)
