import tracemalloc

a = tracemalloc.Traceback((('a.py', 1),))
b = tracemalloc.Traceback((('b.py', 2), ('a.py', 9)), 4)
s1 = tracemalloc.Statistic(a, 3000, 7)
s2 = tracemalloc.Statistic(b, 3000, 7)
print(repr(s1))
print(repr(s2))
print(s1 == tracemalloc.Statistic(a, 3000, 7), s1 == s2, s1 == 3)
print(hash(s1) == hash(tracemalloc.Statistic(a, 3000, 7)))
stats = [s1, s2, tracemalloc.Statistic(a, 5, 1), tracemalloc.Statistic(b, 3000, 9)]
stats.sort(reverse=True, key=tracemalloc.Statistic._sort_key)
for s in stats:
    print(s)
d = tracemalloc.StatisticDiff(b, 3000, -20000, 7, -1)
print(d)
print(repr(d))
print(tracemalloc.StatisticDiff(a, 0, -512, 0, -2))
print(tracemalloc.StatisticDiff(a, 2048, 2048, 2, 2))
print(d == tracemalloc.StatisticDiff(b, 3000, -20000, 7, -1))
diffs = [d, tracemalloc.StatisticDiff(a, 10, 30000, 1, 1), tracemalloc.StatisticDiff(a, 9, 9, 1, 1)]
diffs.sort(reverse=True, key=tracemalloc.StatisticDiff._sort_key)
for x in diffs:
    print(repr(x))
try:
    s1 < s2
except TypeError as e:
    print('TypeError:', e)
