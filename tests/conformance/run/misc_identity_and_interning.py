# `is` with small ints, constants in one code object, and strings.
a = 256
b = 256
print(a is b)
c = 1000
d = 1000
print(c is d)
def f():
    return 1000
print(f() is f())
e = int("1000")
print(e is c, e == c)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 is s1, s3 == s1)
print(None is None, () is (), [] is [])
