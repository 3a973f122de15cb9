# with statements: the with line again when __exit__ runs, on the normal path
# and when an exception leaves the body (and __exit__ suppresses it).
import sys


class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        return self.suppress


def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event != 'return':
        arg = ''
    elif isinstance(arg, CM):
        arg = 'a CM'
    print(frame.f_code.co_name, event, frame.f_lineno, arg)
    return tracer


def use():
    with CM(False) as c:
        x = 1
    with CM(True):
        y = 1 / 0
    return x


sys.settrace(tracer)
print(use())
sys.settrace(None)
