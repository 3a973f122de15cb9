# An exception that leaves frames: an exception event in each frame it
# passes through, then a return event with None for the frames it leaves.
import sys


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        typ, value, tb = arg
        print(f'{name}: exception {typ.__name__}: {value} (tb line {tb.tb_lineno})')
    elif event == 'return':
        print(f'{name}: return {arg!r} at line {frame.f_lineno}')
    elif event == 'call':
        print(f'{name}: call')
    return tracer


def inner(n):
    if n > 2:
        raise ValueError(f'too big: {n}')
    return n


def middle(n):
    return inner(n) + 1


def outer(n):
    try:
        return middle(n)
    except ValueError as e:
        return str(e)


sys.settrace(tracer)
print(outer(1))
print(outer(5))
sys.settrace(None)
