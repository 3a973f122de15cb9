# enable_by_count/disable_by_count nest; enable()/disable() switch the
# profiler directly; only what runs while it is on is counted.
from line_profiler import LineProfiler


def step(x):
    y = x + 1
    return y * 2


lp = LineProfiler()
lp.add_function(step)
print('count', lp.enable_count)
lp.enable_by_count()
lp.enable_by_count()
print('count', lp.enable_count)
step(1)
lp.disable_by_count()
print('count', lp.enable_count)
step(2)
lp.disable_by_count()
lp.disable_by_count()
print('count', lp.enable_count)
step(3)
lp.enable()
step(4)
lp.disable()
step(5)
with lp:
    step(6)
for lineno, hits, _t in lp.get_stats().timings[next(iter(lp.get_stats().timings))]:
    print(lineno, hits)
