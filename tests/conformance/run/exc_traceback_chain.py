# Chains of __cause__ and __context__, suppressed contexts and cycles.
import sys
import traceback

def report(e, **kw):
    for line in traceback.format_exception(e, **kw):
        print(line.replace(__file__, "FILE"), end="")
    print("=====")

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    report(e)

try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from k
except ValueError as e:
    report(e, chain=False)

a = TypeError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
report(a)
c = RuntimeError("explicit cause")
c.__cause__ = LookupError("no traceback")
report(c)
