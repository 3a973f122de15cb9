# Lambdas are frames named <lambda>: call, one line event, return.
import sys


def tracer(frame, event, arg):
    print(frame.f_code.co_name, event, frame.f_lineno, arg if event == 'return' else '')
    return tracer


def apply_all():
    double = lambda x: x * 2
    add = lambda a, b=10: a + b
    values = [double(3), add(1)]
    key = sorted(['bb', 'a', 'ccc'], key=lambda s: len(s))
    return values, key


sys.settrace(tracer)
print(apply_all())
sys.settrace(None)
