# print_callers: who called each function, with per-caller counts.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def helper(x):
    return x + 1

def a():
    return helper(1) + helper(2)

def b():
    return helper(3) + len([1])

def work():
    return a() + b() + a()

pr = cProfile.Profile()
pr.runcall(work)
report(pr, 'stdname', what='callers')
report(pr, 'stdname', amount=('helper',), what='callers')
report(pr, 'stdname', amount=(1,), what='callers')
