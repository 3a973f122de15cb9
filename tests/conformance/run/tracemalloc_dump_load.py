import os
import tempfile
import tracemalloc

raw = [
    (0, 100, (('a.py', 5),), 1),
    (0, 4096, (('b.py', 7), ('a.py', 2)), 2),
]
snap = tracemalloc.Snapshot(raw, 2)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'snap.pickle')
    snap.dump(path)
    loaded = tracemalloc.Snapshot.load(path)
print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces))
print(loaded.traces == snap.traces)
for a, b in zip(loaded.traces, snap.traces):
    print(a == b, a)
for stat in loaded.statistics('traceback'):
    print(repr(stat))
for diff in loaded.compare_to(snap, 'lineno'):
    print(diff)
