# assertMultiLineEqual: ndiff of the lines, with guide lines; single lines.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    ('abc\ndef\nghi\n', 'abc\ndxf\nghi\n'),
    ('one line', 'one lime'),
    ('trailing\n', 'trailing'),
    ('', 'x'),
    ('first\nsecond', 'first\nsecond\nthird'),
    ('tab\there\n', 'tab\tthere\n'),
    ('x' * 90, 'x' * 89 + 'y'),
]
for first, second in checks:
    try:
        t.assertEqual(first, second)
    except AssertionError as e:
        print(e)
        print('-' * 20)
try:
    t.assertMultiLineEqual(b'x', 'x')
except AssertionError as e:
    print(e)
try:
    t.assertMultiLineEqual('x', 1)
except AssertionError as e:
    print(e)
