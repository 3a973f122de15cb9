# get_stats_profile: a StatsProfile of FunctionProfile records.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)

def g():
    return f(4)

pr = cProfile.Profile()
pr.runcall(g)
st = pstats.Stats(pr).strip_dirs().sort_stats('stdname')
sp = st.get_stats_profile()
print(type(sp).__name__, type(sp.total_tt).__name__)
for name, fp in sp.func_profiles.items():
    print(name, fp.ncalls, fp.file_name, fp.line_number, type(fp.tottime).__name__, type(fp.percall_cumtime).__name__)
print(pstats.FunctionProfile.__dataclass_fields__.keys())
print(pstats.StatsProfile(0, {}))
print(sorted(pstats.__all__))
