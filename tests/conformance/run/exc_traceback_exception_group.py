# Exception groups are printed with their members in boxes.
import sys
import traceback

def fail(kind):
    raise kind(f"{kind.__name__} in task")

def gather():
    errors = []
    for kind in (ValueError, KeyError):
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [TypeError("t1"), IndexError("i1")])
    raise ExceptionGroup("batch failed", errors + [inner])

try:
    gather()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    te = traceback.TracebackException.from_exception(eg)
    print(len(te.exceptions), [str(x) for x in te.exceptions])

group = BaseExceptionGroup("bare", [KeyboardInterrupt(), ValueError("v")])
group.add_note("a note on the group")
print("".join(traceback.format_exception(group)), end="")
