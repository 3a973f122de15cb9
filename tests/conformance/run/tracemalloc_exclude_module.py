import tracemalloc

keep = [None] * 50
tracemalloc.start()
snap0 = tracemalloc.take_snapshot()
for i in range(30):
    keep[i] = 'item %d' % i * 4
snap1 = tracemalloc.take_snapshot()
tracemalloc.stop()
filters = [tracemalloc.Filter(False, tracemalloc.__file__),
           tracemalloc.Filter(False, '<unknown>')]
for diff in snap1.filter_traces(filters).compare_to(snap0.filter_traces(filters), 'lineno'):
    print(str(diff).replace(__file__, 'prog.py'))
