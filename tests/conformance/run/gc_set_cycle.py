# Sets and frozensets in cycles through instances.
import gc


class E:
    pass


gc.collect()
e = E()
e.group = {e}
del e
print(gc.collect())
x = E()
x.frozen = frozenset([x])
del x
print(gc.collect())
