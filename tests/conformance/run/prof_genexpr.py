# Generator expressions: every resume is a call of <genexpr>.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def work():
    total = sum(x * x for x in range(10))
    first = next(y for y in range(5) if y > 2)
    gen = (c for c in 'abc')
    joined = ''.join(gen)
    return total, first, joined

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
