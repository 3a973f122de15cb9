import tracemalloc

raw = []
for size, count, name in ((100, 3, 'a.py'), (300, 1, 'b.py'), (100, 3, 'c.py'),
                          (50, 6, 'd.py'), (300, 1, 'e.py'), (0, 2, 'f.py')):
    for i in range(count):
        raw.append((0, size, ((name, 1),), 1))
snap = tracemalloc.Snapshot(raw, 1)
for stat in snap.statistics('lineno'):
    print(stat)
old = tracemalloc.Snapshot(raw[:5], 1)
for diff in snap.compare_to(old, 'filename'):
    print(diff)
