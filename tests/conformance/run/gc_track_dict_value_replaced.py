# A dict that the collector untracked (only atomic values) is tracked again
# when one of its values is replaced by a container, whichever way the value
# is written: an instance attribute, a module global, an item.
import gc


class A:
    pass


a = A()
a.x = 1
a.y = 'two'
d = a.__dict__
gc.collect()
print('instance dict', gc.is_tracked(d))
a.x = []
print('after a.x = []', gc.is_tracked(d))
a.x = 5
gc.collect()
print('after a.x = 5 and a collection', gc.is_tracked(d))
a.y = (1, [2])
print('after a.y = (1, [2])', gc.is_tracked(d))

plain = {'k': 1, 'j': 2.5}
gc.collect()
print('plain dict', gc.is_tracked(plain))
plain['k'] = {}
print("after plain['k'] = {}", gc.is_tracked(plain))

counter = 0
g = globals()
for step in range(3):
    counter = step
print('globals tracked', gc.is_tracked(g))
