# Stats.add: merging runs sums the counts; Stats of several profiles at once.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)

p1 = cProfile.Profile()
p1.runcall(f, 4)
p2 = cProfile.Profile()
p2.runcall(f, 3)
p3 = cProfile.Profile()
p3.runcall(len, 'abc')
import io
out = io.StringIO()
st = pstats.Stats(p1, stream=out)
print(st.add(p2) is st, st.total_calls, st.prim_calls)
st.add(p3)
st.strip_dirs().sort_stats('stdname').print_stats()
st.print_callers('f')
print(masked(out.getvalue()))
q1, q2 = cProfile.Profile(), cProfile.Profile()
q1.runcall(f, 2); q2.runcall(f, 2)
print(pstats.Stats(q1, q2).total_calls, pstats.Stats(q1).add().total_calls)
