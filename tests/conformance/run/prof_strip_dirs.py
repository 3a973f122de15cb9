# Without strip_dirs rows name the file as compiled; strip_dirs keeps its base name.
import cProfile
import pstats
from _profutil import report, masked, Ticks
import io

def f():
    return 1

code = compile('def g():\n    return f()\n', 'some/dir/mod.py', 'exec')
exec(code)
pr = cProfile.Profile()
pr.runcall(g)
out = io.StringIO()
st = pstats.Stats(pr, stream=out)
st.sort_stats('stdname').print_stats()
print(masked(out.getvalue()).replace(__file__, '<this file>'))
print(st.strip_dirs() is st, st.fcn_list, st.max_name_len)
out.seek(0); out.truncate()
st.sort_stats('stdname').print_stats()
print(masked(out.getvalue()))
print(sorted(st.stats))
