# f_locals seen by a trace function: the values of the frame's variables at
# each line event, arguments and cells included.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('compute', 'inner'):
        shown = {k: v for k, v in frame.f_locals.items() if not callable(v)}
        print(event, frame.f_lineno, shown)
    return tracer


def compute(n, *rest, flag=True):
    total = n
    for r in rest:
        total += r
    label = 'big' if total > 5 else 'small'

    def inner():
        return total
    del label
    return inner()


sys.settrace(tracer)
print(compute(1, 2, 3))
sys.settrace(None)
