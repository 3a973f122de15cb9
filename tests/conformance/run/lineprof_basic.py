# LineProfiler: add_function, runcall and the report, its clock columns
# (time, per hit, % time) and total time cut out.
import io
from line_profiler import LineProfiler


def process(data):
    result = []
    for item in data:
        cleaned = item.strip().lower()
        words = cleaned.split()
        result.extend(w for w in words if len(w) > 3)
    return result


def show(lp):
    buf = io.StringIO()
    lp.print_stats(stream=buf)
    for line in buf.getvalue().splitlines():
        if line.startswith('Total time:'):
            line = 'Total time: <clock> s'
        elif line[:6].strip().isdigit():
            line = line[:16] + line[48:]
        print(line)


lp = LineProfiler()
lp.add_function(process)
out = lp.runcall(process, [' Hello World ', 'the quick brown fox'] * 5)
print(len(out), out[:3])
show(lp)
