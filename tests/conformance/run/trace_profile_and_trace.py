# A trace and a profile function at once: on a call the trace function
# hears first, on a return too; line events go only to the tracer.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'work':
        print('trace  ', event, frame.f_lineno)
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name == 'work':
        print('profile', event, getattr(arg, '__name__', arg))


def work(x):
    y = abs(x)
    return y + 1


sys.setprofile(profiler)
sys.settrace(tracer)
work(-3)
sys.settrace(None)
sys.setprofile(None)
