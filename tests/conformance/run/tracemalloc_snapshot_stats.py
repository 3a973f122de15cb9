import tracemalloc

raw = [
    (0, 100, (('a.py', 5),), 1),
    (0, 300, (('a.py', 5),), 1),
    (0, 4096, (('b.py', 7), ('a.py', 2)), 2),
    (0, 64, (('b.py', 7), ('a.py', 3)), 2),
    (0, 32, (('a.py', 8),), 1),
    (0, 1500000, (('lib/c.py', 1),), 1),
]
snap = tracemalloc.Snapshot(raw, 2)
for key in ('lineno', 'filename', 'traceback'):
    print('---', key)
    for stat in snap.statistics(key):
        print(stat)
        print('   ', repr(stat))
