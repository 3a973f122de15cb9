# walk_tb and walk_stack yield (frame, line number) pairs.
import sys
import traceback

def fail(n):
    if n == 0:
        raise LookupError("bottom")
    fail(n - 1)

try:
    fail(2)
except LookupError as e:
    tb = e.__traceback__

for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno, frame.f_globals is globals())

def collect():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]

def caller():
    return collect()

print(caller())

def implicit():
    # With None, walk_stack starts above its own caller's frames.
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]

def a():
    return b()

def b():
    return c()

def c():
    return implicit()

print(a())
print(list(traceback.walk_tb(None)))
