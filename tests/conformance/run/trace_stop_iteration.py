# StopIteration under a tracer: a for loop over an iterator that raises it,
# or over a generator that returns a value, and `yield from` a generator
# that returns one, each report it as an exception event in the loop's frame.
import sys


def tracer(frame, event, arg):
    if event == 'exception':
        print(frame.f_code.co_name, 'exception', arg[0].__name__, arg[1].args, frame.f_lineno)
    return tracer


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def returns(value):
    yield 1
    return value


def delegate():
    got = yield from returns('done')
    none = yield from returns(None)
    yield got, none


def main():
    a = [x for x in Countdown(2)]
    for y in returns('r'):
        pass
    for z in returns(None):
        pass
    b = list(delegate())
    return a, b, list(Countdown(1))


sys.settrace(tracer)
print(main())
sys.settrace(None)
