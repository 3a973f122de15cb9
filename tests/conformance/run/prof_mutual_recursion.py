# Mutual recursion: each function's recursive count and its callers.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

pr = cProfile.Profile()
pr.enable()
even(6)
odd(3)
pr.disable()
report(pr, 'stdname')
report(pr, 'stdname', what='callers')
report(pr, 'stdname', what='callees')
