import tracemalloc

raw = [
    (0, 100, (('a.py', 5), ('main.py', 1)), 2),
    (0, 300, (('b.py', 9), ('a.py', 5), ('main.py', 2)), 3),
    (0, 4096, (('b.py', 7), ('main.py', 2)), 2),
    (0, 64, (('a.py', 6), ('a.py', 5), ('main.py', 1)), 3),
]
snap = tracemalloc.Snapshot(raw, 3)
for key in ('lineno', 'filename'):
    for cumulative in (False, True):
        print('---', key, cumulative)
        for stat in snap.statistics(key, cumulative):
            print(stat)
try:
    snap.statistics('traceback', True)
except ValueError as e:
    print('ValueError:', e)
try:
    snap.statistics('line')
except ValueError as e:
    print('ValueError:', e)
