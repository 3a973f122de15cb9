# assertEqual/assertNotEqual messages for scalars and long reprs.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
cases = [
    (1, 2), ('a', 'b'), (1.5, 2), (None, 0), (b'xy', b'xz'),
    ('x' * 100, 'x' * 99 + 'y'), (list(range(40)), list(range(39)) + [99]),
    ('abc', b'abc'), ({1, 2}, frozenset({1, 2, 3})),
    ('a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50), (12345678901234567890, 1),
]
for first, second in cases:
    try:
        t.assertEqual(first, second)
    except AssertionError as e:
        print(e)
        print('--')
for first, second in ((1, 1), ('s', 's'), ([1], [1])):
    try:
        t.assertNotEqual(first, second)
    except AssertionError as e:
        print(e)
t.assertEqual([1, 2], (1, 2)) if False else None
try:
    t.assertEqual(1, 2, 'custom message')
except AssertionError as e:
    print(e)
