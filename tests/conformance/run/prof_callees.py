# print_callees: what each function called, with counts.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def helper(x):
    return [x] * 2

def a():
    return helper(1) + helper(2)

def work():
    out = a()
    out.extend(helper(3))
    return sorted(out)

pr = cProfile.Profile()
pr.runcall(work)
report(pr, 'stdname', what='callees')
report(pr, 'stdname', amount=('work',), what='callees')
