# A decorated generator function: the profiler is on only while the
# generator's body runs, each resumption counted.
from line_profiler import LineProfiler

lp = LineProfiler()


@lp
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    yield 'liftoff'


def plain():
    return 'not profiled'


print(list(countdown(3)))
print(plain())
g = countdown(2)
print(next(g), next(g))
g.close()
for (fn, first, name), rows in lp.get_stats().timings.items():
    print(name, first)
    for lineno, hits, _t in rows:
        print(' ', lineno, hits)
