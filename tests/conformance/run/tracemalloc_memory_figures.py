import tracemalloc

tracemalloc.start()
m = tracemalloc.get_tracemalloc_memory()
print(type(m).__name__, m > 0)
current, peak = tracemalloc.get_traced_memory()
print(isinstance(current, int), isinstance(peak, int), peak >= current >= 0)
big = 'x' * 1000000
after, peak2 = tracemalloc.get_traced_memory()
print(after - current >= 1000000, peak2 >= after)
del big
final, peak3 = tracemalloc.get_traced_memory()
print(final < after, peak3 == peak2)
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.get_tracemalloc_memory() >= 0)
