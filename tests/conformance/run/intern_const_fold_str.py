# The compiler folds constant string expressions into constants, which are
# shared with equal constants of the same file.
x = 'ab'
y = 'a' + 'b'
print(x is y)
s = 'x' * 4096
t = 'x' * 4096
print(s is t)
s = 'x' * 4097
t = 'x' * 4097
print(s == t, s is t)
u = 'ab' * 3
v = 'ababab'
print(u is v)
def f():
    return 'hel' + 'lo' + ' ' + 'there'
def g():
    return 'hello there'
print(f() is g())
w = 'abc'[1]
print(w is 'b')
z = 'spam'[-1]
print(z is 'm')
long1 = 'y' * 4000 + 'z' * 200
long2 = 'y' * 4000 + 'z' * 200
print(long1 is long2)
n = 3
print(('ab' * n) is ('ab' * n))
