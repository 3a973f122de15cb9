# get_objects: the tracked objects, per generation.
import gc


class Marker:
    pass


gc.collect()
m = Marker()
print(any(o is m for o in gc.get_objects()))
print(any(o is m for o in gc.get_objects(0)))
print(any(o is m for o in gc.get_objects(2)))
gc.collect(0)
print(any(o is m for o in gc.get_objects(1)))
gc.collect()
print(any(o is m for o in gc.get_objects(2)))
print(any(o is 5 for o in gc.get_objects()))
for g in (3, -2):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(e)
