# is_finalized: true once the collector (or a deallocation) has run __del__.
import gc

kept = []


class F:
    def __del__(self):
        kept.append(self)


class Plain:
    pass


f = F()
print(gc.is_finalized(f))
f.me = f
del f
gc.collect()
print(len(kept), gc.is_finalized(kept[0]))
print(gc.is_finalized(Plain()), gc.is_finalized(1))
