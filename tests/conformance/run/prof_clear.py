# clear() forgets what was collected; profiling may go on afterwards.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f():
    return 1

pr = cProfile.Profile()
pr.runcall(f)
print(len(pr.getstats()))
pr.clear()
print(pr.getstats())
pr.runcall(f)
pr.runcall(f)
print(sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in pr.getstats()))
pr.enable()
f()
pr.clear()
f()
pr.disable()
print(sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in pr.getstats()))
