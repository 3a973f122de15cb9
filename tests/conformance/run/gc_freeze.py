# freeze() moves every tracked object to the permanent generation.
import gc


class N:
    pass


gc.collect()
a = N()
a.me = a
gc.freeze()
c = gc.get_count()
print(gc.get_freeze_count() > 0)
print(c)
del a
print('frozen cycle not collected:', gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print('after unfreeze:', gc.collect())
