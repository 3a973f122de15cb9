import tracemalloc

for name in ('a.py', 'a.pyc', 'pkg/mod.pyc', 'x.pyo', 'README'):
    print(name, tracemalloc._normalize_filename(name))
snap = tracemalloc.Snapshot([
    (0, 10, (('pkg/mod.py', 1),), 1),
    (0, 20, (('pkg/mod.pyc', 2),), 1),
    (0, 40, (('other.py', 3),), 1),
], 1)
for pattern in ('pkg/mod.pyc', 'pkg/*', '*.py', 'other.py?', '*'):
    kept = snap.filter_traces([tracemalloc.Filter(True, pattern)])
    print(pattern, tracemalloc.Filter(True, pattern).filename_pattern,
          [t.size for t in kept.traces])
