"""Examples that all pass: testmod prints nothing and returns the counts.

>>> 2 + 2
4
"""
import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


def no_examples():
    """A docstring without examples."""


class Box:
    """A box.

    >>> Box(2).value
    2
    """

    def __init__(self, value):
        self.value = value

    def double(self):
        """
        >>> Box(4).double()
        8
        """
        return self.value * 2


print(doctest.testmod())
print(doctest.testmod(exclude_empty=True))
print(doctest.testmod(report=False))
