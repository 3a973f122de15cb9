# Profiler.getstats: profiler_entry and profiler_subentry records.
import _lsprof
import cProfile

def leaf():
    return 1

def top():
    return leaf() + leaf()

pr = cProfile.Profile()
pr.runcall(top)
entries = sorted(pr.getstats(), key=lambda e: str(getattr(e.code, 'co_name', e.code)))
for e in entries:
    name = e.code if isinstance(e.code, str) else e.code.co_name
    print(name, e.callcount, e.reccallcount, type(e.totaltime).__name__, type(e.inlinetime).__name__)
    for s in e.calls or []:
        print('   ->', s.code if isinstance(s.code, str) else s.code.co_name, s.callcount, s.reccallcount)
e = entries[0]
print(type(e).__name__, type(e).__module__, len(e), e[1] == e.callcount)
print(_lsprof.profiler_entry.n_fields if hasattr(_lsprof.profiler_entry, 'n_fields') else 6)
print(isinstance(pr, _lsprof.Profiler), cProfile.Profile.__mro__[1].__name__)
print(sorted(n for n in dir(_lsprof.Profiler) if not n.startswith('_')))
