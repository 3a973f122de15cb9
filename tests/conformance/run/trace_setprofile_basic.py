# sys.setprofile: call and return of Python functions, c_call/c_return
# around built-in functions called from Python code; no line events.
import sys


def profiler(frame, event, arg):
    if event.startswith('c_'):
        print(event, frame.f_code.co_name, frame.f_lineno, arg.__name__)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, arg)


def square(x):
    return x * x


def work(items):
    n = len(items)
    total = sum(map(square, items))
    biggest = max(items)
    return n, total, biggest


sys.setprofile(profiler)
result = work([1, 2, 3])
sys.setprofile(None)
print(result)
