# sys.exc_info() returns new references to the exception being handled.
import sys


class E(Exception):
    pass


exc = E('handled')
try:
    raise exc
except E:
    print('handled:', sys.getrefcount(exc))
    info = sys.exc_info()
    print('exc_info tuple kept:', sys.getrefcount(exc))
    print('same object:', info[1] is exc, info[0] is E)
    t = info[2]
    print('tb refs:', sys.getrefcount(t))
    del info
    print('tuple dropped:', sys.getrefcount(exc), sys.getrefcount(t))
    x = sys.exception() if hasattr(sys, 'exception') else exc
print('after handler:', sys.getrefcount(exc))
print('exc_info outside:', sys.exc_info())
del t, x
exc.__traceback__ = None
print('end:', sys.getrefcount(exc))
