"""Verbose mode: every example, then the summary.

>>> a = 10
>>> a * 2
20
"""
import doctest


def ok():
    """
    >>> ok()
    'fine'
    >>> None
    """
    return 'fine'


def bad():
    """
    >>> bad()
    1
    """
    return 2


def empty():
    pass


__test__ = {'text': '>>> print("from __test__")\nfrom __test__\n'}

print(doctest.testmod(verbose=True))
