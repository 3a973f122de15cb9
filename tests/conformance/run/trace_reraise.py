# Re-raising: a bare raise in an except clause and an exception that passes
# through a finally clause give no second exception event in that frame.
import sys


def tracer(frame, event, arg):
    if event == 'exception':
        print(frame.f_code.co_name, 'exception', arg[0].__name__, frame.f_lineno)
    elif event == 'return':
        print(frame.f_code.co_name, 'return', arg)
    return tracer


def bare():
    try:
        int('x')
    except ValueError:
        raise


def through_finally():
    try:
        [][1]
    finally:
        pass


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e


sys.settrace(tracer)
for f in (bare, through_finally, chained):
    try:
        f()
    except Exception as e:
        print('caught', type(e).__name__)
sys.settrace(None)
