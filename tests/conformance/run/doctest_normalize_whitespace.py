# NORMALIZE_WHITESPACE: runs of whitespace compare equal.
import doctest

def examples():
    """
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    >>> print('a   b\\tc')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('a   b')
    a b
    >>> print('x y')  # doctest: +NORMALIZE_WHITESPACE
    xy
    >>> print('  leading')  # doctest: +NORMALIZE_WHITESPACE
    leading
    >>> print('p q')  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    p   ...
    """

doctest.run_docstring_examples(examples, {}, name='examples')
print('-- with the flag for every example:')
doctest.run_docstring_examples(examples, {}, name='all', optionflags=doctest.NORMALIZE_WHITESPACE)
