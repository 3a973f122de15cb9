import tracemalloc

keep = [None] * 50
tracemalloc.start()
for i in range(10):
    keep[i] = 'value-%d' % i * (i + 1)
keep[10] = tuple(range(1000, 1030))
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(len(mine.traces))
sizes = sorted(t.size for t in mine.traces)
print(sizes)
print(sorted(str(t).replace(__file__, 'prog.py') for t in mine.traces)[:3])
print(all(t.domain == 0 for t in mine.traces))
print(sorted({t.traceback.total_nframe for t in mine.traces}))
