# reverse_order reverses the sorted listing (nothing to reverse before sorting).
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f1(): return 1
def f2(): return f1() + f1()
def f3(): return f2() + f1()

pr = cProfile.Profile()
pr.runcall(f3)
import io
out = io.StringIO()
st = pstats.Stats(pr, stream=out).strip_dirs()
print(st.reverse_order() is st, st.fcn_list)
st.sort_stats('calls', 'stdname').reverse_order().print_stats()
st.sort_stats('stdname').reverse_order().reverse_order().print_stats(3)
print(masked(out.getvalue()))
