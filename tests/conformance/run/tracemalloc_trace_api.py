import tracemalloc

raw = [
    (0, 100, (('a.py', 5),), 1),
    (0, 4096, (('b.py', 7), ('a.py', 2)), 2),
    (1, 32, (('a.py', 5),), 1),
]
snap = tracemalloc.Snapshot(raw, 2)
traces = snap.traces
print(repr(traces), len(traces), snap.traceback_limit)
for t in traces:
    print(t, '|', repr(t))
    print(' ', t.domain, t.size, repr(t.traceback), t.traceback.total_nframe)
print(traces[1:], traces[-1].size)
print(traces[0] == tracemalloc.Trace(raw[0]), traces[0] == traces[2], traces[0] == 5)
print(tracemalloc.Trace(raw[1]) in traces, tracemalloc.Trace((0, 1, (('x', 1),), 1)) in traces)
print(traces == tracemalloc.Snapshot(list(raw), 1).traces)
print(hash(traces[0]) == hash(tracemalloc.Trace(raw[0])))
