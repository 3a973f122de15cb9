"""The module's __test__ dict adds tests: strings, functions and classes."""
import doctest


def helper():
    return 'helped'


def outside():
    """
    >>> outside()
    'outside'
    """
    return 'outside'


class Holder:
    """
    >>> Holder.name
    'holder'
    """
    name = 'holder'


__test__ = {
    'as_string': """
        >>> helper()
        'helped'
        >>> helper() * 2
        'helped'
    """,
    'as_function': outside,
    'as_class': Holder,
}

print(doctest.testmod(verbose=False))
finder = doctest.DocTestFinder()
for test in finder.find(__import__('__main__')):
    print(test.name, len(test.examples), test.lineno)
