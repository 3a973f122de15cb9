# Dicts start untracked and are tracked once they hold a container.
import gc

d = {}
print(gc.is_tracked(d))
d['a'] = 1
d['b'] = 'two'
print(gc.is_tracked(d))
d['c'] = (1, 2)
print(gc.is_tracked(d))
d['l'] = []
print(gc.is_tracked(d))
del d['l']
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
e = {'x': {}}
print(gc.is_tracked(e), gc.is_tracked(e['x']))
x = 1
k = {(x, 2): 3}
print(gc.is_tracked(k))
gc.collect()
print(gc.is_tracked(k))
