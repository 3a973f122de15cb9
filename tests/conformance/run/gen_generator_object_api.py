# Generator objects: send/throw/close forms, gi_* attributes and their errors.
def worker():
    got = yield "ready"
    print("got", got)
    try:
        yield "waiting"
    except ValueError as e:
        print("caught", repr(e), e.__traceback__ is not None)
        yield "recovered"
    return "finished"

g = worker()
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, g.gi_code.co_name, g.gi_yieldfrom)
for action in (lambda: g.send(1), lambda: g.send(), lambda: g.throw()):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(next(g), g.gi_suspended, g.send("payload"), g.gi_frame.f_lineno)
print(g.throw(ValueError, "boom"))
for args in ((ValueError("x"), "extra"), (1,), (ValueError, 1, 2)):
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value, e.args)
print(g.gi_frame, g.gi_running, g.gi_suspended, next(g, "exhausted"))
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("KeyError:", e)
class Loud(Exception):
    def __init__(self, *args):
        print("Loud", args)
        super().__init__(*args)
for value in ((1, 2), None, Loud("made")):
    h = worker()
    next(h)
    try:
        h.throw(Loud, value)
    except Loud as e:
        print("raised", e.args, h.gi_frame)
def outer():
    result = yield from worker()
    print("inner returned", result)
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_running, o.send(1), o.gi_yieldfrom.gi_suspended)
print(o.throw(ValueError), next(o, "done"), o.gi_yieldfrom)
g2 = worker()
g2.__name__ = "renamed"
print(g2.__name__, g2.__qualname__, repr(g2).startswith("<generator object worker at "))
for bad in (1, None):
    try:
        g2.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)
