import tracemalloc

empty = tracemalloc.Snapshot([], 1)
print(repr(empty.traces), len(empty.traces), list(empty.traces))
for key in ('lineno', 'filename', 'traceback'):
    print(key, empty.statistics(key), empty.compare_to(empty, key))
print(empty.statistics('filename', True))
one = tracemalloc.Snapshot([(0, 10, (('a.py', 1),), 1)], 1)
for diff in empty.compare_to(one, 'lineno'):
    print(diff)
for diff in one.compare_to(empty, 'lineno'):
    print(diff)
print(len(empty.filter_traces([tracemalloc.Filter(True, '*')]).traces))
print(len(one.filter_traces([tracemalloc.Filter(False, '*')]).traces))
