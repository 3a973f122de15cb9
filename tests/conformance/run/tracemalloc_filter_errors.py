import tracemalloc

snap = tracemalloc.Snapshot([(0, 10, (('a.py', 1),), 1)], 1)
for bad in (3, None, tracemalloc.Filter(True, 'a.py')):
    try:
        snap.filter_traces(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    snap.filter_traces([3])
except AttributeError as e:
    print('AttributeError:', e)
base = tracemalloc.BaseFilter(False)
print(base.inclusive)
try:
    snap.filter_traces([base])
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
print(issubclass(tracemalloc.Filter, tracemalloc.BaseFilter),
      issubclass(tracemalloc.DomainFilter, tracemalloc.BaseFilter))
try:
    tracemalloc.Filter(True)
except TypeError as e:
    print('TypeError:', e)
try:
    tracemalloc.DomainFilter(True)
except TypeError as e:
    print('TypeError:', e)
print(len(snap.filter_traces(iter([])).traces))
