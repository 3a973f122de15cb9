import tracemalloc

old = tracemalloc.Snapshot([
    (0, 100, (('a.py', 5), ('main.py', 1)), 2),
    (0, 300, (('b.py', 9), ('a.py', 5), ('main.py', 2)), 3),
], 3)
new = tracemalloc.Snapshot([
    (0, 100, (('a.py', 5), ('main.py', 1)), 2),
    (0, 700, (('b.py', 9), ('a.py', 5), ('main.py', 2)), 3),
    (0, 64, (('c.py', 1), ('main.py', 3)), 2),
], 3)
for key in ('lineno', 'filename'):
    print('---', key)
    for diff in new.compare_to(old, key, cumulative=True):
        print(diff)
print('--- traceback')
for diff in new.compare_to(old, 'traceback'):
    print(repr(diff))
try:
    new.compare_to(old, 'traceback', True)
except ValueError as e:
    print('ValueError:', e)
