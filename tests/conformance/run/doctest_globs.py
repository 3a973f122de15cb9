"""Examples run with a copy of the module's globals; globs and extraglobs change that.

>>> counter
0
>>> counter += 1
>>> counter
1
"""
import doctest

counter = 0


def uses_extra():
    """
    >>> extra_value
    'from extraglobs'
    >>> counter
    0
    """


print(doctest.testmod(extraglobs={'extra_value': 'from extraglobs'}))
print(counter)
print(doctest.testmod(globs={'counter': 0}, extraglobs={'extra_value': 'from extraglobs'}))
print(doctest.testmod(name='renamed', extraglobs={'extra_value': 'from extraglobs'}))
globs = {'value': 10}
doctest.run_docstring_examples('>>> value * 2\n20\n>>> value = 0\n', globs, name='string')
print(globs['value'], '__name__' in globs)
try:
    doctest.testmod('not a module')
except TypeError as e:
    print('TypeError:', e)
print(type(doctest.master).__name__, doctest.master.tries, doctest.master.failures)
print(doctest.master.summarize(verbose=False))
