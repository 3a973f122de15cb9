# sort_stats errors, and sort_stats() without keys (back to the random order).
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f():
    return 1

pr = cProfile.Profile()
pr.runcall(f)
st = pstats.Stats(pr)
for args in [('calls', pstats.SortKey.NAME), ('calls', 1), (5,), (1, 2)]:
    try:
        st.sort_stats(*args)
        print(args, 'ok', st.sort_type)
    except Exception as e:
        print(args, type(e).__name__, e)
print(st.sort_stats() is st, st.fcn_list)
report(pr, amount=('prof_sort',))
report(pr, 'stdname')
