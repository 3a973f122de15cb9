# Decorated definitions: the decorator lines are evaluated, then the def
# line, then each decorator is called (innermost first) on its own line.
import sys

trail = []


def tracer(frame, event, arg):
    trail.append(f'{frame.f_code.co_name}:{event}:{frame.f_lineno}')
    return tracer


def deco_a(f):
    return f


def deco_b(f):
    f.tagged = True
    return f


def build():
    @deco_a
    @deco_b
    def target():
        return 1

    @deco_a
    class K:
        pass

    return target.tagged, K.__name__


sys.settrace(tracer)
print(build())
sys.settrace(None)
for t in trail:
    print(t)
