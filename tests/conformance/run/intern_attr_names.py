# Attribute names, keyword argument names and names in class bodies are interned.
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
keys = list(p.__dict__)
print(keys[0] is 'x', keys[1] is 'y')
name = ''.join(['co', 'lor'])
setattr(p, name, 'red')
k = list(p.__dict__)[2]
print(k == 'color', k is 'color', k is name)
def f(**kw):
    return list(kw)[0]
print(f(alpha=1) is 'alpha')
attrs = [a for a in vars(Point) if a.startswith('__i')]
print(attrs, attrs[0] is '__init__')
dyn = 'dyn' + 'attr' * len('a')
setattr(Point, dyn, 5)
print([a for a in vars(Point) if a == 'dynattr'][0] is sys.intern('dynattr'))
g = getattr(p, ''.join(['x']))
print(g)
