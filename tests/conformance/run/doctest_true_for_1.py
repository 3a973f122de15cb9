# True for 1 and False for 0 are accepted unless DONT_ACCEPT_TRUE_FOR_1.
import doctest

def examples():
    """
    >>> 3 > 2
    1
    >>> 3 < 2
    0
    >>> 3 > 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> 1
    True
    >>> True
    True
    """

doctest.run_docstring_examples(examples, {}, name='examples')
print('-- flag set for all, one example turns it off:')

def more():
    """
    >>> 0 == 0
    1
    >>> 1 == 0  # doctest: -DONT_ACCEPT_TRUE_FOR_1
    0
    """

doctest.run_docstring_examples(more, {}, name='more', optionflags=doctest.DONT_ACCEPT_TRUE_FOR_1)
