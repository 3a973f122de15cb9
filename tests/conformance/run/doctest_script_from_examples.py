# script_from_examples and testsource: examples as a runnable script.
import doctest

text = '''
Here is a function call:

    >>> x = sum([1, 2,
    ...          3])
    >>> x
    6

And some printing:

    >>> print('a')
    a
    >>> print('b\\nc')
    b
    c

Done.
'''
print(doctest.script_from_examples(text))
print(repr(doctest.script_from_examples('>>> 1\n')))
print(repr(doctest.script_from_examples('just text\n')))


def example():
    """
    Prose.

    >>> example() + 1
    3
    """
    return 2


print(doctest.testsource(__import__('__main__'), '__main__.example'))
try:
    doctest.testsource(__import__('__main__'), 'missing')
except ValueError as e:
    print('ValueError:', e)
