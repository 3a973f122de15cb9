"""Module docstring.

>>> 'module'
'module'
"""
import doctest
import sys
from collections import OrderedDict


def function():
    """
    >>> 1
    1
    """


def decorated_elsewhere():
    pass
class Outer:
    """
    >>> 'outer'
    'outer'
    """

    class Inner:
        """
        >>> 'inner'
        'inner'
        """

    @classmethod
    def cm(cls):
        """>>> 'cm'
        'cm'
        """

    @property
    def prop(self):
        """
        >>> 'prop'
        'prop'
        """


imported = OrderedDict
main = sys.modules[__name__]
for exclude_empty in (True, False):
    finder = doctest.DocTestFinder(exclude_empty=exclude_empty)
    for t in finder.find(main):
        print(exclude_empty, t.name, len(t.examples), t.lineno, t.filename.endswith('doctest_finder.py'))
print([t.name for t in doctest.DocTestFinder(recurse=False).find(main)])
print([t.name for t in doctest.DocTestFinder().find(Outer, 'Outer', module=False)])
print([t.name for t in doctest.DocTestFinder().find(function, globs={})])
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print('ValueError:', e)
doctest.DocTestFinder(verbose=True).find(Outer)
