# The (type, value, tb) form of the arguments, and its checks.
import sys
import traceback

try:
    1 / 0
except ZeroDivisionError:
    etype, value, tb = sys.exc_info()

traceback.print_exception(etype, value, tb, file=sys.stdout)
print(traceback.format_exception(etype, value, None))
print(traceback.format_exception(None, value, tb)[-1], end="")
print(traceback.format_exception(value, value, None))
try:
    traceback.format_exception(etype, value)
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.print_exception("not an exception")
except TypeError as e:
    print("TypeError:", e)
print(traceback.format_exception(None))
print(traceback.format_exception_only(etype, value))
print(traceback._sentinel)
