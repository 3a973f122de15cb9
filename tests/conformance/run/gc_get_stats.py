# get_stats: collections, collected and uncollectable per generation.
import gc


class N:
    pass


before = gc.get_stats()
print(len(before), sorted(before[0]))
a = N()
a.me = a
del a
gc.collect()
after = gc.get_stats()
print(after[2]['collections'] - before[2]['collections'])
print(after[2]['collected'] - before[2]['collected'])
print(after[2]['uncollectable'] - before[2]['uncollectable'])
gc.collect(0)
print(gc.get_stats()[0]['collections'] - after[0]['collections'])
