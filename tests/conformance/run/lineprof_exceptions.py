# Lines of a profiled function that raise and handle exceptions: the line
# that raised is charged when the next line event (the except clause) comes.
from line_profiler import LineProfiler


def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(None)
        finally:
            pass
    return out


def fails():
    x = 1
    raise KeyError(x)


lp = LineProfiler(parse_all, fails)
print(lp.runcall(parse_all, ['1', 'x', '3']))
try:
    lp.runcall(fails)
except KeyError as e:
    print('KeyError', e)
for (fn, first, name), rows in sorted(lp.get_stats().timings.items()):
    print(name, [(lineno, hits) for lineno, hits, _t in rows])
