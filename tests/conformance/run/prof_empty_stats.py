# Stats of a profiler that saw nothing is an error; Stats() alone is empty.
import io
import cProfile
import pstats

try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print('TypeError', str(e).split(' from ')[0])
out = io.StringIO()
st = pstats.Stats(stream=out)
print(st.stats, st.total_calls, st.files)
st.print_stats()
st.print_callers()
print(repr(out.getvalue()))
pr = cProfile.Profile()
pr.enable()
pr.disable()
print([getattr(e.code, 'co_name', e.code) for e in pr.getstats()])
print(pstats.Stats(pr, stream=out).total_calls)
