import tracemalloc

def leaf(n):
    return 'w' * n

def branch(n):
    return [leaf(n), leaf(n + 1)]

keep = [None] * 10
tracemalloc.start(5)
keep[0] = leaf(100)
keep[1] = branch(200)[0]
keep[2] = branch(300)[1]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno', cumulative=True):
    if stat.traceback[0].filename == __file__:
        print(str(stat).replace(__file__, 'prog.py'))
print('---')
for stat in snap.statistics('lineno'):
    print(str(stat).replace(__file__, 'prog.py'))
