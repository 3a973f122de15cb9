# The first lists a program makes after `import tracemalloc` come off the
# list free list as CPython's import of the module leaves it (those are not
# allocated, so not traced); the rest are allocated where they are made.
import tracemalloc
tracemalloc.start()
rows = [[i, i] for i in range(60)]
table = {i: [i] for i in range(400, 420)}
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
me = tracemalloc.Filter(True, __file__)
for stat in snap.filter_traces([me]).statistics('lineno'):
    print(stat)
