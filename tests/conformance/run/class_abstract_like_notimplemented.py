# NotImplementedError for abstract-like methods; NotImplemented is not an error.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
# Using NotImplemented as a truth value is deprecated: a warning on stderr.
print(bool(NotImplemented))
