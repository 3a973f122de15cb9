# *args and **kwargs build a tuple and a dict that hold the arguments.
import sys


class A:
    pass


a = A()


def star(*args):
    return sys.getrefcount(a)


def kw(**kwargs):
    return sys.getrefcount(a)


def both(x, *args, y=None, **kwargs):
    return sys.getrefcount(a)


print('module:', sys.getrefcount(a))
print('*args of one:', star(a))
print('*args of three:', star(a, a, a))
lst = [a, a]
print('spread list:', star(*lst))
print('**kwargs of two:', kw(p=a, q=a))
d = {'p': a}
print('spread dict:', kw(**d))
print('mixed:', both(a, a, y=a, z=a))


def keep(*args, **kwargs):
    return args, kwargs


t, k = keep(a, b=a)
print('kept args/kwargs:', sys.getrefcount(a))
del t, k, lst, d
print('end:', sys.getrefcount(a))
