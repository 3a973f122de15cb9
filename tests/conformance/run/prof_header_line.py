# The header: N function calls, (M primitive calls) when recursion made them differ.
import cProfile
import pstats
from _profutil import report, masked, Ticks
import io

def rec(n):
    return n and rec(n - 1)

def flat():
    return 1

for func, arg in [(flat, None), (rec, 3), (rec, 0)]:
    pr = cProfile.Profile()
    if arg is None:
        pr.runcall(func)
    else:
        pr.runcall(func, arg)
    out = io.StringIO()
    st = pstats.Stats(pr, stream=out)
    st.print_stats(0)
    print(masked(out.getvalue()).splitlines()[0])
    print(st.total_calls, st.prim_calls, st.max_name_len > 0, st.top_level)
