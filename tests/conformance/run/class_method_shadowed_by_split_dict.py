# A method found on the class is shadowed by an instance dict entry of the
# same name, however the entry got there: a split dict's item assignment or
# setdefault (which adds the name to the class's shared keys, or makes the
# dict combined when the key is no str), seen by one call site for all.
import sys
class A:
    def __init__(self):
        self.a = 1
    def m(self):
        return 'm'
x = A(); y = A()
print(sys.getsizeof(x.__dict__))
x.__dict__.setdefault('b', 2)
print(sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
x.__dict__.setdefault('a', 5)
print(x.a, sys.getsizeof(x.__dict__))
x.__dict__.setdefault(3, 4)
print(sys.getsizeof(x.__dict__), x.__dict__)
y.__dict__['m'] = lambda: 'shadow'
print(x.m(), y.m())
z = A()
z.__dict__.setdefault('m', lambda: 'z shadow')
print(x.m(), y.m(), z.m())
for o in [x, y, z, A()]:
    print(o.m(), end=' ')
print()
