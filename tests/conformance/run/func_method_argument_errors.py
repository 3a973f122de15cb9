# Argument errors of methods name the method's qualified name.
class Shape:
    def area(self, scale):
        return scale
    @staticmethod
    def unit(n):
        return n
    @classmethod
    def make(cls, a, b):
        return cls

s = Shape()
for c in (lambda: s.area(), lambda: s.area(1, 2), lambda: Shape.area(1),
          lambda: Shape.unit(), lambda: s.make(1), lambda: Shape.area(), lambda: s.area(scale=1, x=2)):
    try:
        c()
    except TypeError as e:
        print(e)

def outer():
    def inner(x):
        return x
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
try:
    (lambda x, y: 0)(1)
except TypeError as e:
    print(e)
