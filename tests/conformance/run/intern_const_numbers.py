# Float and complex constants, folded expressions included, are shared per file.
a = 1.5
b = 1.5
print(a is b)
c = 0.5 + 1.0
print(c is a)
z = 1 + 2j
w = 1 + 2j
print(z is w)
v = complex(1, 2)
print(v == z, v is z)
neg = -2.5
neg2 = -2.5
print(neg is neg2)
def f():
    return 3.25
def g():
    return 3.25
print(f() is g())
x = 2.0
y = x * 1.5
print(y == 3.0, y is 3.0)
print(0.0 is -0.0, 0.0 == -0.0)
print((1, 2.5) is (1, 2.5))
