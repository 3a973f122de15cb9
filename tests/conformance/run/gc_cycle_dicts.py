# Dicts in cycles: a dict holding itself, two dicts holding each other.
import gc

gc.collect()
d = {}
d['self'] = d
del d
print(gc.collect())
d1 = {'name': 'one'}
d2 = {'name': 'two', 'peer': d1}
d1['peer'] = d2
del d1, d2
print(gc.collect())
d = {'k': [1, 2]}
d['k'].append(d)
del d
print(gc.collect())
