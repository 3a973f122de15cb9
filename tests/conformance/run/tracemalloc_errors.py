import tracemalloc

print(tracemalloc.is_tracing())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for n in (0, -1, 65536, 'x', 1.5, None):
    try:
        tracemalloc.start(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(tracemalloc.is_tracing())
try:
    tracemalloc.start(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    tracemalloc.get_traced_memory(1)
except TypeError as e:
    print('TypeError:', e)
try:
    tracemalloc.get_object_traceback()
except TypeError as e:
    print('TypeError:', e)
print(tracemalloc.get_object_traceback(object()))
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
