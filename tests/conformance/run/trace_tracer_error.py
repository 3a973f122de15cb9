# A trace function that raises: the exception reaches the traced code at
# that point and the trace function is removed (sys.gettrace() is None).
import sys

count = 0


def tracer(frame, event, arg):
    global count
    if frame.f_code.co_name == 'victim':
        count += 1
        print('event', event, frame.f_lineno)
        if count == 3:
            raise RuntimeError('tracer failed')
    return tracer


def victim():
    a = 1
    b = 2
    c = 3
    return a + b + c


sys.settrace(tracer)
try:
    victim()
except RuntimeError as e:
    print('caught:', e)
print('trace is now', sys.gettrace())
print(victim())
