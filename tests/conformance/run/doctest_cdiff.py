# REPORT_CDIFF: failures shown as context diffs.
import doctest

def examples():
    """
    >>> for word in 'alpha beta gamma delta epsilon'.split(): print(word)
    alpha
    beta
    GAMMA
    delta
    epsilon
    >>> print('a\\nb\\nc\\nd')
    a
    b
    c
    """

doctest.run_docstring_examples(examples, {}, name='examples', optionflags=doctest.REPORT_CDIFF)
