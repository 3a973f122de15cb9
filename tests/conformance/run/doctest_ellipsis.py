# ELLIPSIS: '...' in the expected output matches any text.
import doctest

def examples():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 19]
    >>> print('start middle end')  # doctest: +ELLIPSIS
    start ... end
    >>> print('abc')  # doctest: +ELLIPSIS
    ...
    >>> print('aaa')  # doctest: +ELLIPSIS
    aa...aa
    >>> print('no ellipsis flag: [1, ..., 3]')
    no ellipsis flag: [1, ..., 3]
    >>> print(object.__repr__(object()))  # doctest: +ELLIPSIS
    <object object at 0x...>
    >>> print('xyz')  # doctest: +ELLIPSIS
    a...z
    >>> print('multi\\nline\\noutput')  # doctest: +ELLIPSIS
    multi
    ...
    """

doctest.run_docstring_examples(examples, {}, name='examples')
print(doctest.run_docstring_examples(examples, {}, optionflags=doctest.ELLIPSIS))
from doctest import _ellipsis_match
for want, got in [('a...b', 'ab'), ('a...b', 'axxb'), ('...', ''), ('a...a', 'a'),
                  ('x...y...z', 'x1y2z'), ('x...y...z', 'xzy')]:
    print(want, got, _ellipsis_match(want, got))
