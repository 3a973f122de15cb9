# An error inside a property getter.
class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def area(self):
        return 3.14159 * self._radius ** 2

print(Circle(2).area)
c = Circle("2")
print(c.area)
