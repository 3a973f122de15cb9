# Several functions in one profiler: the report lists them by file and first
# line; print_stats(stripzeros=True) leaves out those never run.
import io
from line_profiler import LineProfiler


def second(x):
    return x * 2


def first(x):
    y = second(x)
    return y + 1


def never():
    return None


def show(lp, **kw):
    buf = io.StringIO()
    lp.print_stats(stream=buf, **kw)
    for line in buf.getvalue().splitlines():
        if line.startswith('Total time:'):
            line = 'Total time: <clock> s'
        elif line[:6].strip().isdigit():
            line = line[:16] + line[48:]
        print(line)


lp = LineProfiler(never, first, second)
lp.runcall(first, 5)
show(lp)
print('--- stripzeros')
show(lp, stripzeros=True)
