import tracemalloc

def mine(snapshot):
    kept = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in kept.statistics('lineno'):
        print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 100
base = list(range(40))
first = base[:25]
tracemalloc.start()
for i in range(50):
    keep[i] = tuple(first)
for i in range(50, 80):
    keep[i] = tuple(base)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine(snap)
