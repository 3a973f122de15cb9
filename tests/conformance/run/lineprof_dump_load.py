# dump_stats writes the statistics with pickle; load_stats reads them back
# as a LineStats with the same timings and unit.
import os
from line_profiler import LineProfiler, LineStats, load_stats


def work(n):
    acc = []
    for i in range(n):
        acc.append(i * i)
    return sum(acc)


lp = LineProfiler(work)
print(lp.runcall(work, 10))
path = 'lineprof_dump_load.lprof'
lp.dump_stats(path)
loaded = load_stats(path)
os.remove(path)
print(type(loaded).__name__, isinstance(loaded, LineStats))
print(loaded.unit == lp.get_stats().unit, loaded.timings == lp.get_stats().timings)
for key, rows in loaded.timings.items():
    print(key[1:], [(lineno, hits) for lineno, hits, _t in rows])
