# max_group_width and max_group_depth cut large or deep exception groups.
import sys
import traceback

wide = ExceptionGroup("wide", [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(wide, max_group_width=2)
te.print(file=sys.stdout)

deep = ValueError("leaf")
for level in range(4):
    deep = ExceptionGroup(f"level {level}", [deep, KeyError(level)])
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print("".join(te.format()), end="")

one_more = ExceptionGroup("wide", [ValueError(i) for i in range(3)])
te = traceback.TracebackException.from_exception(one_more, max_group_width=2)
print("".join(te.format()), end="")
