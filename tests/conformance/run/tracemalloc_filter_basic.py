import tracemalloc

raw = [
    (0, 100, (('/app/main.py', 5),), 1),
    (0, 300, (('/app/util.py', 9),), 1),
    (0, 4096, (('/usr/lib/python3.11/json/decoder.py', 7),), 1),
    (0, 64, (('<frozen importlib._bootstrap>', 241),), 1),
    (0, 32, (('<unknown>', 0),), 1),
]
snap = tracemalloc.Snapshot(raw, 1)

def show(filters):
    kept = snap.filter_traces(filters)
    print(len(kept.traces), [str(t) for t in kept.traces])

show([])
show([tracemalloc.Filter(True, '/app/*')])
show([tracemalloc.Filter(False, '/app/*')])
show([tracemalloc.Filter(False, '<frozen importlib._bootstrap>'),
      tracemalloc.Filter(False, '<unknown>')])
show([tracemalloc.Filter(True, '*.py'), tracemalloc.Filter(False, '*/json/*')])
show([tracemalloc.Filter(True, '/app/main.py'), tracemalloc.Filter(True, '/app/util.py')])
show((tracemalloc.Filter(True, '*util*'),))
f = tracemalloc.Filter(True, '/app/*.pyc')
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
show([f])
print(snap.filter_traces([]).traceback_limit, snap.filter_traces([]) is snap)
