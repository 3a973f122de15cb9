# The argument of return events: the returned value, None for a function
# that ends without return, None when an exception leaves the frame.
import sys


def tracer(frame, event, arg):
    if event == 'return':
        print(frame.f_code.co_name, 'returns', repr(arg), 'at line', frame.f_lineno)
    return tracer


def explicit():
    return (1, 'two')


def implicit():
    x = 1


def early(flag):
    if flag:
        return 'early'
    y = 2
    return 'late'


def raising():
    raise KeyError('k')


sys.settrace(tracer)
explicit()
implicit()
early(True)
early(False)
try:
    raising()
except KeyError:
    pass
sys.settrace(None)
