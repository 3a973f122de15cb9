import tracemalloc

def mine(snapshot):
    kept = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in kept.statistics('lineno'):
        print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 600
tracemalloc.start()
for i in range(300):
    keep[i] = i * 1000
for i in range(300, 400):
    keep[i] = i * 1000003 * 1000
for i in range(400, 450):
    keep[i] = -i - 1000
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine(snap)
