# Expected exceptions: the traceback header and the last line are compared.
import doctest

class CustomError(Exception):
    pass

def examples():
    """
    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> raise CustomError('custom')
    Traceback (most recent call last):
    CustomError: custom
    >>> raise KeyError('k')
    Traceback (innermost last):
    KeyError: 'k'
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise TypeError
    Traceback (most recent call last):
    TypeError
    >>> [].pop()  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    IndexError: pop from ...
    >>> e = ValueError('noted'); e.add_note('a note'); raise e
    Traceback (most recent call last):
    ValueError: noted
    a note
    >>> print('before'); raise RuntimeError('after print')
    Traceback (most recent call last):
    RuntimeError: after print
    """

print(doctest.run_docstring_examples(examples, globals(), name='examples'))

def details():
    """
    >>> raise CustomError('actual detail')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    somewhere.else.CustomError: expected detail
    >>> raise ValueError  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: with detail
    """

doctest.run_docstring_examples(details, globals(), name='details')
print(doctest._strip_exception_details('pkg.mod.Error: text'), doctest._strip_exception_details('E'))
