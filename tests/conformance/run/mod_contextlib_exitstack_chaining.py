# contextlib.ExitStack: callback order, suppression, exception context chaining, pop_all.
import sys
from contextlib import ExitStack, contextmanager, suppress, nullcontext, AbstractContextManager

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "ab"]
    stack.callback(print, "callback", *names)
    stack.push(lambda *exc: print("pushed exit", exc[0]))
try:
    with ExitStack() as stack:
        stack.enter_context(CM("swallower", swallow=True))
        stack.enter_context(CM("inner"))
        raise ValueError("boom")
except ValueError:
    print("not reached")
print("after suppression")

def raiser(exc):
    def cb(*args):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("first")))
        stack.push(raiser(IndexError("second")))
        raise TypeError("original")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e.args[0]!r})")
        e = e.__context__
    print(" <- ".join(chain))

with ExitStack() as outer:
    outer.enter_context(CM("kept"))
    moved = outer.pop_all()
print("outer closed, moved has", len(moved._exit_callbacks))
moved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
with nullcontext(5) as v:
    print("nullcontext", v, isinstance(nullcontext(), AbstractContextManager))
print(issubclass(CM, AbstractContextManager), isinstance(ExitStack(), AbstractContextManager), sys.exc_info()[0])
