# A class body is a frame of its own: its call and return events, a line
# event per statement, and methods called later.
import sys


def tracer(frame, event, arg):
    code = frame.f_code
    print(f'{event:6} {code.co_name:10} {frame.f_lineno:3} {code.co_qualname}')
    return tracer


def make():
    class Point:
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y

        def norm2(self):
            return self.x ** 2 + self.y ** 2
    p = Point(3, 4)
    return p.norm2()


sys.settrace(tracer)
print(make())
sys.settrace(None)
