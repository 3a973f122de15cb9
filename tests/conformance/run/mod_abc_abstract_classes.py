# abc.ABC and abstractmethod: instantiation errors name the missing methods.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: {self.area()}"

class Partial(Shape):
    def area(self):
        return 1

class Square(Partial):
    def perimeter(self):
        return 4

for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square().describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, ABC))
