# Subclasses of dict and list are reduced with their items and attributes.
import copy
from collections import OrderedDict, defaultdict, Counter


class Attrs(dict):
    pass


a = Attrs(k=[1])
a.note = 'extra'
b = copy.copy(a)
print(type(b).__name__, b, b.note, b['k'] is a['k'])
c = copy.deepcopy(a)
print(c, c['k'] is not a['k'], c.note)


class MyList(list):
    pass


ml = MyList([[1], 2])
ml.tag = 't'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[0] is not ml[0])
od = OrderedDict([('b', 1), ('a', 2)])
print(copy.copy(od), copy.deepcopy(od) == od)
dd = defaultdict(list, {'x': [1]})
dd2 = copy.deepcopy(dd)
print(dd2.default_factory is list, dd2['x'] is not dd['x'], dd2['new'])
print(copy.copy(Counter('abca')))
