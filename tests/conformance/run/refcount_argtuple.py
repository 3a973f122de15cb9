# The argument tuple CPython builds to call a class (or an instance with
# __call__) holds a reference to each positional argument during the call;
# a function or a bound method is called without one.
import sys


class Init:
    def __init__(self, a):
        print('__init__', sys.getrefcount(a))


class New:
    def __new__(cls, a):
        print('__new__', sys.getrefcount(a))
        return object.__new__(cls)


class Call:
    def __call__(self, a):
        print('__call__', sys.getrefcount(a))

    def method(self, a):
        print('method', sys.getrefcount(a))


def func(a):
    print('func', sys.getrefcount(a))


x = object()
Init(x)
New(x)
Call()(x)
Call().method(x)
func(x)
Init(a=x)
print('after', sys.getrefcount(x))
