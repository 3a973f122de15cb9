# An OrderedDict keeps its order apart from its dict: going round its methods
# with dict's own leaves a key in the order that the dict lacks, which reading
# the order reports as KeyError; its iterators see changes of the order.
from collections import OrderedDict

for name, bypass in [('__delitem__', lambda od: dict.__delitem__(od, 'spam')),
                     ('pop', lambda od: dict.pop(od, 'spam')),
                     ('popitem', lambda od: dict.popitem(od))]:
    od = OrderedDict(spam=1, ham=2)
    bypass(od)
    try:
        print(repr(od))
    except KeyError as e:
        print(name, 'KeyError', e)

od = OrderedDict.fromkeys('abcde', value=0)
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), list(reversed(od)), list(od.items())[:2], dict(od))
print(od.pop('c'), od.pop('zz', default=None), od.popitem(), od.popitem(last=False))
for change in [lambda: od.__setitem__('new', 1), lambda: od.move_to_end('a', last=False)]:
    it = iter(od.values())
    next(it)
    change()
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)


class Logged(OrderedDict):
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)

    def update(self, *args, **kwds):
        raise AssertionError('__init__ does not call update')


lg = Logged([('x', 1), ('y', 2)])
print(lg.pop('x'), lg.setdefault('y'), lg.copy())
od = OrderedDict(a=1)
od[2] = od.values()
od[3] = od.items()
print(od)
od.x = 5
print(od.__reduce__()[:3], list(od.__reduce__()[4]))
