# print_stats(n): only the first n rows; the header says how many were left out.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f1(): return 1
def f2(): return f1() + 1
def f3(): return f2() + f1()
def f4(): return f3() + f2()

pr = cProfile.Profile()
pr.runcall(f4)
report(pr, 'stdname', amount=(2,))
report(pr, 'stdname', amount=(0,))
report(pr, 'stdname', amount=(100,))
report(pr, 'stdname', amount=(-1,))
report(pr, 'calls', 'stdname', amount=(3,))
