# An exception's traceback keeps the frames it passed through, and they keep their locals.
import sys


class Payload:
    pass


def fail(obj):
    local = obj
    raise ValueError('boom')


p = Payload()
print('start:', sys.getrefcount(p))
try:
    fail(p)
except ValueError as e:
    print('in handler:', sys.getrefcount(p))
    saved = e
print('exception saved:', sys.getrefcount(p))
tb = saved.__traceback__
frame = tb.tb_next.tb_frame
print('frame name:', frame.f_code.co_name)
print('f_locals sees local:', frame.f_locals['local'] is p)
print('with f_locals read:', sys.getrefcount(p))
del frame, tb
print('frame and tb names gone:', sys.getrefcount(p))
saved.__traceback__ = None
print('traceback cleared:', sys.getrefcount(p))
del saved
print('exception gone:', sys.getrefcount(p))
