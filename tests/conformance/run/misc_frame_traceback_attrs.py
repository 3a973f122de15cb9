# Frame and traceback objects: f_* and tb_* attributes, tb_next assignment, errors.
import sys

def inner(a, b=2):
    c = a + b
    frame = sys._getframe()
    return frame, frame.f_lineno, frame.f_back.f_code.co_name, sorted(locals())

def outer():
    return inner(1)

frame, line, caller, names = outer()
print(frame.f_code.co_name, line, caller, names)
print(frame.f_globals is globals(), frame.f_builtins is __builtins__.__dict__, type(frame.f_lasti).__name__)
print(repr(frame).startswith("<frame at 0x"), repr(frame).endswith("line 7, code inner>"))
print(sys._getframe().f_code.co_name, sys._getframe().f_back, sys._getframe().f_locals is globals())
def live():
    x = 1
    f = sys._getframe()
    first = sorted(f.f_locals)
    y = 2
    return first, sorted(f.f_locals), f.f_locals is f.f_locals, f.f_locals is locals(), f.f_trace
print(live())
try:
    type(frame)()
except TypeError as e:
    print("TypeError:", e)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def fail():
    local_value = "kept"
    raise KeyError("k")
try:
    outer_local = 1
    fail()
except KeyError as e:
    tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
print(tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_next, type(tb.tb_lasti).__name__)
for action in (lambda: setattr(tb, "tb_next", 5), lambda: setattr(tb, "tb_next", tb),
               lambda: setattr(tb.tb_next, "tb_next", tb), lambda: delattr(tb, "tb_next"),
               lambda: setattr(tb, "tb_lineno", 1), lambda: setattr(tb, "tb_frame", None)):
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
tb.tb_next = None
print(tb.tb_next, repr(tb).startswith("<traceback object at 0x"))
TB = type(tb)
made = TB(None, sys._getframe(), 6, 99)
print(made.tb_lineno, made.tb_lasti, made.tb_frame is sys._getframe(), TB(made, frame, 0, 1).tb_next is made)
for args in ((None, 1, 0, 1), (1, frame, 0, 1), (None, frame, "a", 1), (None,)):
    try:
        TB(*args)
    except TypeError as e:
        print("TypeError:", e)
