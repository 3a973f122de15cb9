# saferepr, isreadable, isrecursive and recursive structures.
import pprint

r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(' with id=')[0], pprint.isrecursive(r), pprint.isreadable(r))
d = {'self': None}
d['self'] = d
print(pprint.isrecursive(d), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()), pprint.isreadable(print))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr('x'))


class Mixed:
    def __repr__(self):
        return 'Mixed()'


print(pprint.saferepr({1: 'a', 'b': 2}))
print(pprint.pformat([Mixed()] * 3))
pp = pprint.PrettyPrinter(width=20)
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
print(pp.pformat(list(range(8))))
import io
out = io.StringIO()
pprint.pprint({'x': list(range(20))}, stream=out, width=30)
print(out.getvalue().count('\n'), repr(out.getvalue()[:20]))
