# Identifier-like string constants are interned when code is compiled, so
# equal ones in different functions are one object; constants equal within
# one compilation unit are shared too, identifier-like or not.
def f():
    return 'hello'
def g():
    return 'hello'
print(f() is g())
a = 'hello world'
b = 'hello world'
print(a is b)
def h():
    return 'hello world'
print(h() is a)
def k():
    return 'spam and eggs!'
def m():
    return 'spam and eggs!'
print(k() is m())
s = 'hel'
t = s + 'lo'
print(t == f(), t is f())
import sys
print(sys.intern(t) is f())
u = ''.join(['hello', ' ', 'world'])
print(u == a, u is a)
print(sys.intern(u) is a)
