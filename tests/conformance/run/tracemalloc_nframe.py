import tracemalloc

def leaf(n):
    return 'z' * n

def middle(n):
    return leaf(n)

def top(n):
    return middle(n)

tracemalloc.start(10)
a = top(1000)
b = middle(2000)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print(snap.traceback_limit)
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('traceback'):
    print(str(stat).replace(__file__, 'prog.py'), stat.traceback.total_nframe, len(stat.traceback))
    for line in stat.traceback.format(most_recent_first=True):
        print(line.replace(__file__, 'prog.py'))
