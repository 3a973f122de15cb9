"""A module for the command-line program.

>>> double(4)
8
"""


def double(x):
    """
    >>> double('ab')
    'abab'
    >>> double(1.5)
    3.5
    """
    return x * 2
