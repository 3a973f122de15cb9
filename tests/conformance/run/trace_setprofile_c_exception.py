# A built-in function that raises: c_call then c_exception; the Python
# frame the exception leaves returns None.
import sys


def profiler(frame, event, arg):
    name = getattr(arg, '__name__', arg)
    print(f'{event:12} {frame.f_code.co_name:8} {name}')


def parse(text):
    return int(text)


def risky(values):
    out = []
    for v in values:
        try:
            out.append(divmod(10, v))
        except ZeroDivisionError:
            out.append(None)
    return out


def failing():
    return abs('x')


sys.setprofile(profiler)
print(risky([3, 0]))
try:
    failing()
except TypeError as e:
    print('TypeError', e)
print(parse('12'))
sys.setprofile(None)
