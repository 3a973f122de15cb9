# pstats.SortKey: a StrEnum whose members also accept their aliases.
import pstats
from pstats import SortKey

print(list(SortKey))
print([str(k) for k in SortKey])
print(SortKey('ncalls'), SortKey('cumtime'), SortKey('module'), SortKey('tottime'))
print(SortKey.CALLS is SortKey('ncalls'), SortKey.TIME == 'time')
print(SortKey.NFL.value, repr(SortKey.STDNAME), f'{SortKey.LINE}')
print(SortKey.CALLS._all_values, SortKey.LINE._all_values)
try:
    SortKey('bogus')
except ValueError as e:
    print('ValueError', e)
print(isinstance(SortKey.NAME, str), len(SortKey))
import cProfile, io
pr = cProfile.Profile()
pr.runcall(len, [])
st = pstats.Stats(pr, stream=io.StringIO())
print(st.sort_stats(SortKey.CALLS, SortKey.NAME).sort_type)
