# dir() lists slots; vars() and __dict__ do not exist for pure-slot instances.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1

p = Point()
print([n for n in dir(p) if not n.startswith('__')])
print('__slots__' in dir(p), '__dict__' in dir(p))
print({n: getattr(p, n, '<unset>') for n in Point.__slots__})

class Child(Point):
    __slots__ = ('z',)

c = Child()
c.z = 3
print([n for n in dir(c) if not n.startswith('__')])
print(Child.__slots__, [n for n in vars(Child) if n in 'xyz'])

class Open(Point):
    pass

o = Open()
o.w = 4
print(vars(o), [n for n in dir(o) if not n.startswith('__')])
