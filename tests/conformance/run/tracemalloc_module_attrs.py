import tracemalloc
import _tracemalloc

names = ['BaseFilter', 'DomainFilter', 'Filter', 'Frame', 'Snapshot', 'Statistic',
         'StatisticDiff', 'Trace', 'Traceback', 'clear_traces', 'get_object_traceback',
         'get_traceback_limit', 'get_traced_memory', 'get_tracemalloc_memory',
         'is_tracing', 'reset_peak', 'start', 'stop', 'take_snapshot']
print(all(hasattr(tracemalloc, n) for n in names))
print(tracemalloc.start is _tracemalloc.start, tracemalloc.stop is _tracemalloc.stop)
print(sorted(n for n in dir(_tracemalloc) if not n.startswith('__')))
print(type(_tracemalloc.start).__name__, _tracemalloc.start.__name__)
print(issubclass(tracemalloc.Traceback, tracemalloc.Sequence))
print(tracemalloc.Snapshot.load.__name__, tracemalloc.Statistic.__slots__)
