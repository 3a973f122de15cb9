import tracemalloc

keep = [None] * 100
tracemalloc.start()
for i in range(50):
    keep[i] = 'abc%d' % i
for i in range(50, 90):
    keep[i] = i * 100000
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snap.statistics('filename'):
    if stat.traceback[0].filename == __file__:
        print(str(stat).replace(__file__, 'prog.py'))
        print(repr(stat).replace(__file__, 'prog.py'))
        print(stat.traceback[0].lineno, stat.traceback.total_nframe)
