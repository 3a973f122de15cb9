# DocTestParser: examples, their source, want, line numbers, indentation.
import doctest

text = '''Some prose.

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]

  >>> print('two lines')
  two lines
  >>> 'no blank line between'
  'no blank line between'

Trailing text.
>>> # only a comment
>>> raise KeyError(1)
Traceback (most recent call last):
  File "x", line 1
KeyError: 1
'''
parser = doctest.DocTestParser()
for piece in parser.parse(text, 'text'):
    if isinstance(piece, doctest.Example):
        print('EX', repr(piece.source), repr(piece.want), piece.lineno, piece.indent, repr(piece.exc_msg))
    else:
        print('TEXT', repr(piece))
test = parser.get_doctest(text, {'g': 1}, 'name', 'file.txt', 10)
print(test, test.globs, test.lineno, test.docstring == text)
print(repr(doctest.DocTestParser().get_doctest('>>> 1\n', {}, 'one', None, None)))
print(repr(doctest.DocTestParser().get_doctest('no examples', {}, 'none', 'f', 0)))
ex = doctest.Example('print(1)', '1', lineno=3)
print(repr(ex.source), repr(ex.want), ex.exc_msg, ex.options, ex == doctest.Example('print(1)\n', '1\n', lineno=3))
for bad in ['>>>x = 1\n', '    >>> x = 1\n   ... y\n', '  >>> x\n 1\n']:
    try:
        parser.parse(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)
print(repr(parser.parse('\t>>> 1\n\t1\n')[1].source))
