# When a call, an attribute lookup or a subscript raises, the operands are released.
import sys


class Obj:
    def fail(self):
        raise RuntimeError('fail')


def boom(x):
    raise ValueError(x)


o = Obj()
d = {}
for label, action in [('call', lambda: boom(o)), ('method', lambda: o.fail()),
                      ('attribute', lambda: o.missing), ('subscript', lambda: d[o])]:
    try:
        action()
    except Exception as e:
        kind = type(e).__name__
    print(label, kind, sys.getrefcount(o))
for i in range(3):
    try:
        boom(i)
    except ValueError:
        pass
print('global function after raising calls:', sys.getrefcount(boom))
try:
    o.missing
except AttributeError:
    pass
print('module-level attribute miss:', sys.getrefcount(o))
try:
    d[o]
except KeyError:
    pass
print('module-level key miss:', sys.getrefcount(o))
