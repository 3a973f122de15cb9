# Closures under a tracer: inner functions' frames, their free variables
# in f_locals, and the qualified names of the code objects.
import sys


def tracer(frame, event, arg):
    code = frame.f_code
    if event in ('call', 'return') and code.co_name != '<module>':
        print(event, code.co_qualname, sorted(frame.f_locals))
    return tracer


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def read():
        return count
    return increment, read


sys.settrace(tracer)
inc, read = counter()
inc()
inc(5)
print(read())
sys.settrace(None)
