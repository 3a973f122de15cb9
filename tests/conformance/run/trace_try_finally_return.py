# return inside try/finally and with: the finally body and __exit__ run
# before the frame's return event.
import sys


class CM:
    def __enter__(self):
        return 'cm'

    def __exit__(self, *exc):
        print('    __exit__ runs')
        return False


def tracer(frame, event, arg):
    if frame.f_code.co_name != '__enter__':
        print(' ', frame.f_code.co_name, event, frame.f_lineno, arg if event == 'return' else '')
    return tracer


def f():
    try:
        return 'from try'
    finally:
        print('    finally runs')


def g():
    with CM() as v:
        return v


sys.settrace(tracer)
print(f())
print(g())
sys.settrace(None)
