# Profile events of generators: call on every resumption, return on every
# yield, and the c_call of the built-in that drives them.
import sys


def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        print(event, name, arg.__name__)
    else:
        print(event, name, arg)


def numbers():
    yield 1
    yield 2


def pipeline():
    doubled = (n * 2 for n in numbers())
    return sum(doubled)


sys.setprofile(profiler)
print(pipeline())
sys.setprofile(None)
