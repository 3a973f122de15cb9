# inspect.getsource, getsourcelines, getfile and getdoc for code in this file.
import inspect
import os


class Shape:
    """A shape.

    With a longer description.
    """

    def area(self):
        # no docstring: getdoc looks at the base class
        return 0


class Square(Shape):
    def area(self):
        return self.side ** 2


def decorated(fn):
    return fn


@decorated
def function(x,
             y):
    return (x +
            y)


print(inspect.getsource(Square), end='')
print(inspect.getsource(function), end='')
lines, start = inspect.getsourcelines(Shape.area)
print(start, len(lines))
print(os.path.basename(inspect.getfile(Square)), os.path.basename(inspect.getsourcefile(function)))
print(inspect.getdoc(Shape))
print(inspect.getdoc(Square), '|', inspect.getdoc(Square.area))
print(repr(inspect.cleandoc('  first\n      indented\n    body\n\n')))
print(inspect.getmodule(Square).__name__, inspect.getmodule(inspect.getdoc).__name__)
try:
    inspect.getfile(len)
except TypeError as e:
    print(e)
