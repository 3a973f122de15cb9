# Generators under a tracer: each resumption is a call event, each yield a
# return event carrying the yielded value; the end returns None.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        shown = arg if event == 'return' else ''
        print(event, frame.f_lineno, shown)
    return tracer


def gen(n):
    for i in range(n):
        yield i * 10
    yield 'last'


def consume():
    g = gen(2)
    first = next(g)
    rest = list(g)
    return first, rest


sys.settrace(tracer)
print(consume())
g = gen(3)
print(next(g), g.send(None))
g.close()
sys.settrace(None)
