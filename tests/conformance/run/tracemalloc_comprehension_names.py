# A code object holds its name and qualified name from the start (CPython
# reads them with the code): making a function from it, as a comprehension
# does at each turn of an enclosing loop, allocates no name strings.
import tracemalloc


def outer():
    return {i: [j * 2 for j in range(3)] for i in range(4)}


tracemalloc.start()
data = {i: [j for j in range(2)] for i in range(300, 303)}
nested = outer()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
me = tracemalloc.Filter(True, __file__)
for stat in snap.filter_traces([me]).statistics('lineno'):
    print(stat)
print(sorted(t.size for t in snap.filter_traces([me]).traces))
