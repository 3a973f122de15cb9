# REPORT_UDIFF: failures shown as unified diffs (for outputs of 3+ lines).
import doctest

def examples():
    """
    >>> for i in range(6): print(i * i)
    0
    1
    4
    10
    16
    25
    >>> print('short')
    long
    >>> print('one\\ntwo\\nthree\\nfour')
    one
    TWO
    three
    four
    """

doctest.run_docstring_examples(examples, {}, name='examples', optionflags=doctest.REPORT_UDIFF)
