# <BLANKLINE> stands for an empty output line; DONT_ACCEPT_BLANKLINE turns that off.
import doctest

def examples():
    """
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('')
    <BLANKLINE>
    >>> print('x\\n\\ny')
    x
    y
    >>> print('   ')
    <BLANKLINE>
    >>> print('p\\n\\nq')  # doctest: +DONT_ACCEPT_BLANKLINE
    p
    <BLANKLINE>
    q
    >>> print('end', end='')
    end
    """

doctest.run_docstring_examples(examples, {}, name='examples')
