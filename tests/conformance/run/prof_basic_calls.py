# Call counts of plain functions, sorted by standard name (deterministic order).
import cProfile
import pstats
from _profutil import report, masked, Ticks

def leaf(x):
    return x + 1

def middle(n):
    return [leaf(i) for i in range(n)]

def top():
    total = 0
    for n in range(4):
        total += len(middle(n))
    return total

pr = cProfile.Profile()
pr.enable()
top()
pr.disable()
report(pr, 'stdname')
