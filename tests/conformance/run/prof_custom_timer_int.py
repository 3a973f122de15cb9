# A timer returning integers with a timeunit; a failing timer is reported as unraisable.
import io
import sys
import cProfile
import pstats

ticks = [0]
def clock():
    ticks[0] += 3
    return ticks[0]

def f():
    return sum(range(3))

pr = cProfile.Profile(clock, 0.5)
pr.runcall(f)
for e in sorted(pr.getstats(), key=lambda e: str(getattr(e.code, 'co_name', e.code))):
    print(getattr(e.code, 'co_name', e.code), e.callcount, e.totaltime, e.inlinetime)
out = io.StringIO()
pstats.Stats(pr, stream=out).strip_dirs().sort_stats('time', 'stdname').print_stats()
print(out.getvalue())
sys.stderr = io.StringIO()
def bad_clock():
    raise ValueError('clock broke')
pr2 = cProfile.Profile(bad_clock)
pr2.runcall(len, [])
lines = sys.stderr.getvalue().splitlines()
sys.stderr = sys.__stderr__
print(len(lines), lines[0].split(' at ')[0], lines[-1])
print([e.totaltime for e in pr2.getstats()])
