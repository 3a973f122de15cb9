# Tuples are tracked when made and untracked by a collection when they hold only atomic values.
import gc

x = 1
a = (x, 'a')
b = (x, [])
c = (x, (x, 2))
d = (x, {})
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d))
e = (x, a)
print(gc.is_tracked(e))
gc.collect(0)
print(gc.is_tracked(e))
