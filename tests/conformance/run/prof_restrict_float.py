# print_stats(fraction): a fraction of the rows, rounded half up.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f1(): return 1
def f2(): return f1() + 1
def f3(): return f2() + f1()
def f4(): return f3() + f2()
def f5(): return f4() + f3()

pr = cProfile.Profile()
pr.runcall(f5)
for frac in [0.5, 0.25, 0.1, 0.0, 0.99, 1.0]:
    report(pr, 'stdname', amount=(frac,))
    print('====')
