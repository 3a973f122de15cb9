# A tracer installed inside a function traces the calls made after it, not
# the frame that installed it (its f_trace is not set), until it is
# installed on that frame by hand.
import sys


def tracer(frame, event, arg):
    print(' ', frame.f_code.co_name, event, frame.f_lineno)
    return tracer


def helper():
    return 1


def main():
    sys.settrace(tracer)
    a = helper()
    b = 2
    sys._getframe().f_trace = tracer
    c = 3
    d = helper()
    sys.settrace(None)
    return a + b + c + d


print(main())
print(sys.gettrace())
