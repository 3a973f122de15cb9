# Locals of a running function hold references, released at return.
import sys


def show(obj):
    # obj (the parameter) + the caller's reference + getrefcount's argument
    print('inside show:', sys.getrefcount(obj))
    alias = obj
    print('with a local alias:', sys.getrefcount(obj))
    return alias


def nested(obj, depth):
    if depth == 0:
        return sys.getrefcount(obj)
    return nested(obj, depth - 1)


data = [1, 2, 3]
print('module:', sys.getrefcount(data))
r = show(data)
print('returned and kept:', sys.getrefcount(data))
del r
print('after del r:', sys.getrefcount(data))
print('five frames deep:', nested(data, 4))
print('back at module:', sys.getrefcount(data))


def make():
    tmp = {'k': 'v'}
    print('in make:', sys.getrefcount(tmp))
    return tmp


d = make()
print('from make:', sys.getrefcount(d))
