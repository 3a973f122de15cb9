# dump_stats writes marshal data; Stats(filename) reads it back.
import cProfile
import pstats
from _profutil import report, masked, Ticks
import marshal
import os

def f(n):
    return [n] * n

pr = cProfile.Profile()
pr.runcall(f, 3)
pr.dump_stats('_prof_dump.out')
with open('_prof_dump.out', 'rb') as fh:
    raw = marshal.load(fh)
print(sorted((k[2], v[0], v[1]) for k, v in raw.items()))
st = pstats.Stats('_prof_dump.out')
print(len(st.files), st.files[0].endswith('_prof_dump.out'))
st.dump_stats('_prof_dump2.out')
st2 = pstats.Stats('_prof_dump2.out')
print(sorted(st2.stats) == sorted(st.stats), st2.total_calls)
os.remove('_prof_dump.out')
os.remove('_prof_dump2.out')
try:
    pstats.Stats('_no_such_file.out')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
