# An instance's __dict__ shares its keys with the other instances of the class;
# its size counts the values array, which shrinks as more instances are made.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print('one instance', sys.getsizeof(p), sys.getsizeof(p.__dict__))
q = Point(3, 4)
print('two instances', sys.getsizeof(q.__dict__), sys.getsizeof(p.__dict__))
points = [Point(i, i) for i in range(10)]
print('twelve instances', sys.getsizeof(points[0].__dict__))
more = [Point(i, i) for i in range(30)]
print('many instances', sys.getsizeof(more[-1].__dict__))

class Bag:
    pass

b = Bag()
print('empty bag', sys.getsizeof(b.__dict__))
b.a = 1
b.b = 2
print('two attrs', sys.getsizeof(b.__dict__))
print(vars(b))
