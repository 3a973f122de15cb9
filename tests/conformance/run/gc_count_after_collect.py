# gen0's count rises with each container made and falls when one is freed (measured before printing).
import gc


class C:
    pass


gc.collect()
base = gc.get_count()[0]
keep = [[] for _ in range(5)]
made_lists = gc.get_count()[0] - base
gc.collect()
base = gc.get_count()[0]
objs = [C(), C(), C()]
after = gc.get_count()[0]
del objs
freed = gc.get_count()[0]
d = {'a': 1}
with_dict = gc.get_count()[0]
print(made_lists, after - base, freed - base, with_dict - freed)
