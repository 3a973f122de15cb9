# Iterators that hand out the same result tuple again while nobody else holds
# it (enumerate, zip, dict items, itertools) track it again: a collection may
# have untracked it while it held only atomic values (bpo-42536).
import gc
import itertools


def tracked_after_collect(it):
    gc.collect()
    return gc.is_tracked(next(it))


print(tracked_after_collect(enumerate([[]])))
print(tracked_after_collect(zip([[]], [[]])))
print(tracked_after_collect(iter({None: []}.items())))
print(tracked_after_collect(itertools.zip_longest([[]], [])))
print(tracked_after_collect(itertools.product([[]], repeat=1)))

# A result tuple that holds only atomic values stays as the collector left it.
it = enumerate('ab')
first = next(it)
print(first, gc.is_tracked(first))
del first
gc.collect()
second = next(it)
print(second, gc.is_tracked(second))
