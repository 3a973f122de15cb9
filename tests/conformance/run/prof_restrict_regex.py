# print_stats(regex): rows whose standard name matches; several restrictions apply in turn.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def alpha(): return 1
def beta(): return alpha() + 1
def gamma(): return [alpha(), beta()]

pr = cProfile.Profile()
pr.runcall(gamma)
report(pr, 'stdname', amount=('a$',))
report(pr, 'stdname', amount=('a\\)',))
report(pr, 'stdname', amount=('method',))
report(pr, 'stdname', amount=('nomatch',))
report(pr, 'stdname', amount=('(',))
report(pr, 'stdname', amount=('ta|ph', 1))
report(pr, 'stdname', amount=(2, 'beta'))
