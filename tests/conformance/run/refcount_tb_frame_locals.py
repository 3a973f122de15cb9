# A traceback keeps the failing function's locals alive after it returned.
import sys


class Big:
    def __del__(self):
        print('Big freed')


def work():
    data = Big()
    helper = [data]
    raise KeyError('k')


try:
    work()
except KeyError as e:
    err = e
print('function has returned; traceback alive')
fr = err.__traceback__.tb_next.tb_frame
names = sorted(fr.f_locals)
print('locals kept:', names)
print('data refs:', sys.getrefcount(fr.f_locals['data']))
del fr
print('dropping the traceback')
err.__traceback__ = None
print('after drop')
del err
print('end')
