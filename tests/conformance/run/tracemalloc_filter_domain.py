import tracemalloc

raw = [
    (0, 100, (('a.py', 5),), 1),
    (1, 300, (('a.py', 5),), 1),
    (2, 4096, (('b.py', 7),), 1),
    (0, 64, (('b.py', 7),), 1),
]
snap = tracemalloc.Snapshot(raw, 1)

def show(*filters):
    kept = snap.filter_traces(filters)
    print([(t.domain, t.size) for t in kept.traces])

show(tracemalloc.DomainFilter(True, 0))
show(tracemalloc.DomainFilter(False, 0))
show(tracemalloc.DomainFilter(False, 1), tracemalloc.DomainFilter(False, 2))
show(tracemalloc.Filter(True, 'a.py', domain=1))
show(tracemalloc.Filter(False, 'a.py', domain=1))
show(tracemalloc.Filter(True, 'b.py', domain=0), tracemalloc.DomainFilter(False, 2))
d = tracemalloc.DomainFilter(True, 3)
print(d.inclusive, d.domain)
try:
    d.domain = 4
except AttributeError as e:
    print('AttributeError:', e)
for stat in snap.filter_traces([tracemalloc.DomainFilter(False, 2)]).statistics('filename'):
    print(stat)
