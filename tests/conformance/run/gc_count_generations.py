# Each collection of a generation adds one to the next generation's count.
import gc

gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count())
