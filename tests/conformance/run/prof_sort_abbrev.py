# Sort keys may be abbreviated while the abbreviation is unambiguous.
import io
import cProfile
import pstats

pr = cProfile.Profile()
pr.runcall(len, [])
st = pstats.Stats(pr, stream=io.StringIO())
defs = st.get_sort_arg_defs()
print(len(defs))
for word in sorted(defs):
    print(word, defs[word][1])
for bad in ['c', 'cum', 'n', 'f', 'li', 'xyz']:
    try:
        st.sort_stats(bad)
        print(bad, '->', st.sort_type)
    except KeyError as e:
        print(bad, 'KeyError', e)
