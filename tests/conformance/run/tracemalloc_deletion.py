import tracemalloc

def mine(snapshot):
    kept = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in kept.statistics('lineno'):
        print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 200
tracemalloc.start()
for i in range(200):
    keep[i] = str(i) * 20
snap1 = tracemalloc.take_snapshot()
for i in range(0, 200, 2):
    keep[i] = None
snap2 = tracemalloc.take_snapshot()
mine(snap1)
print('---')
mine(snap2)
print('---')
for diff in snap2.compare_to(snap1, 'lineno'):
    if diff.traceback[0].filename == __file__:
        print(str(diff).replace(__file__, 'prog.py'))
tracemalloc.stop()
