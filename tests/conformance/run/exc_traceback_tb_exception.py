# TracebackException: a snapshot of an exception, its stack and its chain.
import sys
import traceback

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

def guarded(n):
    try:
        return check(n)
    except ValueError as e:
        raise TypeError("wrapped") from e

try:
    guarded(-1)
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    exc = e

print(te.exc_type.__name__, str(te), te.__suppress_context__)
print(type(te.stack).__name__, [f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), te.__context__)
print([f.name for f in te.__cause__.stack], te.__cause__.__cause__)
print(te.exceptions)
print("".join(te.format(chain=False)), end="")
print("--- full")
te.print(file=sys.stdout)
print("--- only")
print(list(te.format_exception_only()))
full = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=False)
print(full.__context__ is not None, full == traceback.TracebackException.from_exception(exc, compact=False))
print(te == 5, te == te)
