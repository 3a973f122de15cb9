# Every sort key: the "Ordered by" text each gives.
import io
import cProfile
import pstats

def f():
    return sum([1, 2])

pr = cProfile.Profile()
pr.runcall(f)
st = pstats.Stats(pr, stream=io.StringIO())
for key in sorted(pstats.Stats.sort_arg_dict_default):
    st.sort_stats(key)
    print('%-10s %s' % (key, st.sort_type))
for keys in [('calls', 'name'), ('nfl', 'time'), ('file', 'line'), ('pcalls', 'cumulative', 'stdname')]:
    st.sort_stats(*keys)
    print(keys, st.sort_type)
for n in [-1, 0, 1, 2]:
    st.sort_stats(n)
    print(n, st.sort_type)
