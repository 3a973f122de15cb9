# Timer.print_exc: the traceback shows the template's lines for <timeit-src> frames.
import io
import timeit

t = timeit.Timer('x = 1\ny = x / 0', 'import math')
try:
    t.timeit(2)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(out)
    lines = out.getvalue().splitlines()
    start = [i for i, l in enumerate(lines) if '<timeit-src>' in l][0]
    print('\n'.join([lines[0]] + lines[start:]))

t = timeit.Timer('d[k]', 'd = {}; k = "key"')
try:
    t.repeat(1, 1)
except KeyError:
    out = io.StringIO()
    t.print_exc(file=out)
    print(out.getvalue().splitlines()[-3:])
