import tracemalloc

def tb(name):
    return tracemalloc.Traceback(((name, 1),))

diffs = [
    tracemalloc.StatisticDiff(tb('a.py'), 100, -500, 1, -5),
    tracemalloc.StatisticDiff(tb('b.py'), 600, 500, 6, 5),
    tracemalloc.StatisticDiff(tb('c.py'), 600, 500, 6, 2),
    tracemalloc.StatisticDiff(tb('d.py'), 0, 0, 0, 0),
    tracemalloc.StatisticDiff(tb('e.py'), 2 ** 20, 2 ** 20, 1024, 1024),
    tracemalloc.StatisticDiff(tb('f.py'), 50, 10, 1, 0),
]
for d in sorted(diffs, reverse=True, key=tracemalloc.StatisticDiff._sort_key):
    print(d)
for d in sorted(diffs, key=tracemalloc.StatisticDiff._sort_key)[:2]:
    print(repr(d))
print(len(set(diffs)), diffs[0] == diffs[0], diffs[0] != diffs[1])
