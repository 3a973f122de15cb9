import tracemalloc

old = tracemalloc.Snapshot([
    (0, 100, (('a.py', 5),), 1),
    (0, 300, (('a.py', 5),), 1),
    (0, 5000, (('gone.py', 1),), 1),
    (0, 64, (('same.py', 2),), 1),
], 1)
new = tracemalloc.Snapshot([
    (0, 100, (('a.py', 5),), 1),
    (0, 2048, (('new.py', 3),), 1),
    (0, 64, (('same.py', 2),), 1),
    (0, 64, (('same.py', 2),), 1),
], 1)
for key in ('lineno', 'filename', 'traceback'):
    print('---', key)
    for diff in new.compare_to(old, key):
        print(diff)
        print('   ', repr(diff))
print('--- reversed')
for diff in old.compare_to(new, 'lineno', cumulative=True):
    print(diff)
