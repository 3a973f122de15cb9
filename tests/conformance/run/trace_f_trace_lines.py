# frame.f_trace_lines = False: the frame keeps its call, return and
# exception events but gets no line events.
import sys


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'call' and name == 'no_lines':
        frame.f_trace_lines = False
    print(name, event, frame.f_lineno, frame.f_trace_lines)
    return tracer


def no_lines():
    a = 1
    try:
        b = a / 0
    except ZeroDivisionError:
        b = 0
    return a + b


def with_lines():
    a = 2
    return a


sys.settrace(tracer)
print(no_lines(), with_lines())
sys.settrace(None)
f = sys._getframe()
try:
    f.f_trace_lines = 1
except TypeError as e:
    print('TypeError:', e)
print(f.f_trace_lines, f.f_trace)
