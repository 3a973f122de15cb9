# Sorting by time with an exact clock: cumulative and internal time orders.
import io
import cProfile
import pstats
from _profutil import Ticks

def slow():
    return [i for i in range(2)]

def fast():
    return 1

def top():
    slow(); slow(); fast()
    return slow()

pr = cProfile.Profile(Ticks(0.5))
pr.runcall(top)
out = io.StringIO()
st = pstats.Stats(pr, stream=out).strip_dirs()
for keys in [('cumulative', 'stdname'), ('tottime', 'stdname'), ('pcalls', 'name'), ('line', 'name')]:
    st.sort_stats(*keys).print_stats()
print(out.getvalue())
