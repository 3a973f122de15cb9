# functools.partial holds its function and the arguments it fixes.
import functools
import sys


class P:
    pass


def f(*args, **kw):
    return len(args) + len(kw)


arg = P()
print('start:', sys.getrefcount(arg), sys.getrefcount(f))
p = functools.partial(f, arg, arg)
print('partial with two args:', sys.getrefcount(arg), sys.getrefcount(f))
q = functools.partial(p, key=arg)
print('partial of partial (flattened):', sys.getrefcount(arg), q.func is f)
print('call:', q(arg))
print('after call:', sys.getrefcount(arg))
print('args tuple refs:', sys.getrefcount(p.args))
del p
print('first partial gone:', sys.getrefcount(arg))
del q
print('end:', sys.getrefcount(arg), sys.getrefcount(f))
