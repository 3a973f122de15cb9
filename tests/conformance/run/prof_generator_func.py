# A generator function: each next() and the close of a suspended one are calls.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def countdown(n):
    while n > 0:
        yield n
        n -= 1

def work():
    out = list(countdown(4))
    g = countdown(10)
    next(g); next(g)
    g.close()
    for v in countdown(2):
        out.append(v)
    return out

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
