import tracemalloc

def mine(stats):
    for stat in stats:
        if stat.traceback[0].filename == __file__:
            print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 500
tracemalloc.start()
for i in range(100):
    keep[i] = 'first %d' % i * 3
snap1 = tracemalloc.take_snapshot()
for i in range(100, 250):
    keep[i] = 'second %d' % i * 5
for i in range(0, 100, 4):
    keep[i] = None
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
mine(snap2.compare_to(snap1, 'lineno'))
print('---')
mine(snap1.compare_to(snap2, 'lineno'))
print('---')
for diff in snap2.compare_to(snap1, 'filename'):
    if diff.traceback[0].filename == __file__:
        print(repr(diff).replace(__file__, 'prog.py'))
