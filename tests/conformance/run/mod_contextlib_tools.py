# suppress, ExitStack, redirect_stdout, closing, nullcontext.
import contextlib
import io

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))

class Resource:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)

with contextlib.closing(Resource(1)) as r:
    print("using", r.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    res = stack.enter_context(contextlib.closing(Resource(9)))
    print("inside stack")
with contextlib.nullcontext("value") as v:
    print(v)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
