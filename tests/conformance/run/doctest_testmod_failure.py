"""A failing module docstring example.

>>> 1 + 1
3
"""
import doctest


def greet(name):
    """
    >>> greet('ann')
    'Hello, ann'
    >>> greet('bob')
    'hello, bob'
    >>> print(greet('cy'))
    Hello, cy
    >>> greet('x') == 'Hello, x'
    False
    """
    return 'Hello, ' + name


def silent():
    """
    >>> x = 5
    >>> x
    >>> print('unexpected')
    """


print(doctest.testmod())
