# Instances of classes: the object, its managed dict pointer pair and the GC header.
import sys

class Empty:
    pass

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Many:
    def __init__(self):
        for i in range(20):
            setattr(self, f'a{i}', i)

for cls in (Empty, Point, Many):
    obj = cls() if cls is not Point else cls(1, 2)
    print(cls.__name__, sys.getsizeof(obj), obj.__sizeof__(), cls.__basicsize__)

class Child(Point):
    pass

class GrandChild(Child):
    def __init__(self):
        super().__init__(0, 0)
        self.z = 0

print(sys.getsizeof(Child(1, 2)), sys.getsizeof(GrandChild()))
print(sys.getsizeof(object()), object.__basicsize__)
