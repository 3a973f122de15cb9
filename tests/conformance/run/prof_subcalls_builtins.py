# Profiler(subcalls=False) keeps no per-caller data; builtins=False no built-in rows.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f():
    return len([1, 2]) + sum([1])

for kwargs in [{}, {'subcalls': False}, {'builtins': False}, {'subcalls': 0, 'builtins': 0}]:
    pr = cProfile.Profile(**kwargs)
    pr.runcall(f)
    rows = sorted((getattr(e.code, 'co_name', e.code), e.calls is None) for e in pr.getstats())
    print(kwargs, rows)
pr = cProfile.Profile()
pr.enable(subcalls=False, builtins=False)
f()
pr.disable()
print(sorted((getattr(e.code, 'co_name', e.code), e.calls is None) for e in pr.getstats()))
report(pr, 'stdname', what='callers')
