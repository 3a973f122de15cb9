import tracemalloc

def mine(snapshot):
    kept = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    for stat in kept.statistics('lineno'):
        print(str(stat).replace(__file__, 'prog.py'))

keep = [None] * 100
tracemalloc.start()
def f(x):
    return x
def g(x, *, y):
    return x + y
for i in range(20):
    keep[i] = lambda: i
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine(snap)
print(tracemalloc.get_object_traceback(f))
