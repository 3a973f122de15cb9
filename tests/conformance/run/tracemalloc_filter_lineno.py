import tracemalloc

raw = [
    (0, 100, (('main.py', 5), ('run.py', 1)), 2),
    (0, 300, (('util.py', 9), ('main.py', 5)), 2),
    (0, 4096, (('util.py', 7), ('main.py', 6)), 2),
    (0, 64, (('main.py', 6),), 1),
]
snap = tracemalloc.Snapshot(raw, 2)

def show(*filters):
    kept = snap.filter_traces(filters)
    print([t.size for t in kept.traces])

show(tracemalloc.Filter(True, 'main.py'))
show(tracemalloc.Filter(True, 'main.py', 5))
show(tracemalloc.Filter(True, 'main.py', 5, all_frames=True))
show(tracemalloc.Filter(False, 'main.py', 6))
show(tracemalloc.Filter(False, 'main.py', all_frames=True))
show(tracemalloc.Filter(True, 'util.py', 9), tracemalloc.Filter(True, 'main.py', 6))
show(tracemalloc.Filter(False, 'util.py', 9), tracemalloc.Filter(False, 'run.py', all_frames=True))
f = tracemalloc.Filter(True, 'x.py', 3, True)
f.inclusive = False
f.lineno = 4
print(f.inclusive, f.lineno, f.all_frames)
try:
    f.filename_pattern = 'y.py'
except AttributeError as e:
    print('AttributeError:', e)
