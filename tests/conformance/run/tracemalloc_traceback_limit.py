import tracemalloc

N = 300

def rec(n):
    if n == 0:
        return 'q' * N
    return rec(n - 1)

for limit in (1, 2, 4):
    tracemalloc.start(limit)
    value = rec(5)
    tb = tracemalloc.get_object_traceback(value)
    print(limit, tracemalloc.get_traceback_limit(), len(tb), [f.lineno for f in tb])
    tracemalloc.stop()
