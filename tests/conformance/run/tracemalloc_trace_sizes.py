import tracemalloc

for size in (0, 1, 56, 1023, 10240, 10 ** 6, 10 ** 9, 3 * 10 ** 12):
    t = tracemalloc.Trace((0, size, (('m.py', 3), ('n.py', 4)), 2))
    print(t, '|', repr(t))
st = tracemalloc.Snapshot([(0, s, (('m.py', 3),), 1) for s in (1, 2, 3, 4)], 1)
print(st.statistics('lineno')[0])
print([t.size for t in st.traces[1:3]])
big = tracemalloc.Snapshot([(0, 2 ** 50, (('huge.py', 1),), 1)], 1)
for stat in big.statistics('filename'):
    print(stat)
