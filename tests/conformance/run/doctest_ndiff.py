# REPORT_NDIFF: failures shown as ndiff, with intraline hints.
import doctest

def examples():
    """
    >>> print('The quick brown fox')
    The quick brwn fox
    >>> print('line one\\nline two\\nline three')
    line one
    line 2
    line three
    >>> print('same')
    same
    >>> print('tabs\\tand spaces')
    tabs and spaces
    """

doctest.run_docstring_examples(examples, {}, name='examples', optionflags=doctest.REPORT_NDIFF)
