# Tuples of constants are constants: equal ones in one file are one object.
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)
def f():
    return (1, 'a', None)
def g():
    return (1, 'a', None)
print(f() is g(), f() is f())
c = (1, 2) + (3,)
print(c is a)
d = (0,) * 3
print(d is (0, 0, 0))
e = tuple([1, 2, 3])
print(e == a, e is a)
n = 3
print((1, n) is (1, n))
nested = ((1, 2), (3, 4))
again = ((1, 2), (3, 4))
print(nested is again, nested[0] is (1, 2))
big = (7,) * 256
big2 = (7,) * 256
print(big is big2, len(big))
huge = (7,) * 257
huge2 = (7,) * 257
print(huge == huge2, huge is huge2)
print((1, 2)[0] is 1, (1.5, 2.5)[1] is 2.5)
