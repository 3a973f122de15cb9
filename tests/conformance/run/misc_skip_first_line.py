this first line is no Python at all: -x skips it (a shell or batch preamble)
# With -x the script's first line is not run, and the lines after it keep
# their numbers: tracebacks and f_lineno name the lines of the file.
import sys


def where():
    return sys._getframe(1).f_lineno


print('line', where())
print('flags', sys.flags.optimize, sys.flags.debug)


def fail(n):
    if n > 1:
        return fail(n - 1)
    raise RuntimeError('the numbers hold')


print('line', where())
fail(2)
