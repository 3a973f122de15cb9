# A custom timer makes every time exact: the report printed unmasked.
import io
import cProfile
import pstats
from _profutil import Ticks

def leaf():
    return 1

def middle():
    return leaf() + leaf()

def top():
    return [middle() for _ in range(3)]

clock = Ticks(0.25)
pr = cProfile.Profile(clock)
pr.runcall(top)
out = io.StringIO()
st = pstats.Stats(pr, stream=out).strip_dirs().sort_stats('cumulative', 'stdname')
st.print_stats()
st.print_callers()
st.print_callees()
print(out.getvalue())
print(clock.reads)
