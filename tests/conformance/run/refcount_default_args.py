# Default argument values are held by the function's __defaults__ tuple.
import sys


class D:
    pass


default = D()
print('before def:', sys.getrefcount(default))


def f(a=default, b=default):
    return a


print('two defaults:', sys.getrefcount(default))
r = f()
print('returned default kept:', sys.getrefcount(default))
del r


def g(*, k=default):
    print('inside g:', sys.getrefcount(k))


g()
print('kw default:', sys.getrefcount(default))
f.__defaults__ = None
print('defaults cleared:', sys.getrefcount(default))
del g
print('g deleted:', sys.getrefcount(default))
h = lambda x=default: x
print('lambda default:', sys.getrefcount(default))
dt = h.__defaults__
print('defaults tuple refs:', sys.getrefcount(dt))
