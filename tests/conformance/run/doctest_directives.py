# Option directives: several per example, on continuation lines, turning flags off.
import doctest

def examples():
    """
    >>> print(list(range(30)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    [0,   1, ...,  29]
    >>> print('a b')  # doctest: +NORMALIZE_WHITESPACE -ELLIPSIS
    a   b
    >>> print('x...y')  # doctest: -ELLIPSIS
    x...y
    >>> print('xzy')  # doctest: -ELLIPSIS
    x...y
    >>> for i in range(3):
    ...     print(i)  # doctest: +ELLIPSIS
    0
    ...
    >>> 'directive' # doctest:+ELLIPSIS
    '...'
    """

doctest.run_docstring_examples(examples, {}, name='examples', optionflags=doctest.ELLIPSIS)
parser = doctest.DocTestParser()
for ex in parser.get_examples(examples.__doc__):
    print({k: v for k, v in sorted(ex.options.items())})
for bad in ['>>> 1  # doctest: +NOT_A_FLAG\n1\n', '>>> 1  # doctest: ELLIPSIS\n',
            '>>> # doctest: +ELLIPSIS\n']:
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
