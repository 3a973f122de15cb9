# An exception in __del__ is reported through sys.unraisablehook and ignored.
import sys


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value)
    print('  object:', u.object.__qualname__)
    print('  message:', u.err_msg)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError('from __del__')


class Worse:
    def __del__(self):
        1 / 0


b = Bad()
del b
print('program continues')
w = [Worse(), Bad()]
w = None
print('after list')


def f():
    local = Bad()


f()
print('end')
