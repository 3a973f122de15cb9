# Messages of the comparison, identity, membership and type assertions.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
x = []
checks = [
    lambda: t.assertTrue(''), lambda: t.assertFalse('yes'),
    lambda: t.assertLess(2, 1), lambda: t.assertLessEqual(2, 1),
    lambda: t.assertGreater(1, 2), lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertIn(5, [1, 2]), lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIs([], []), lambda: t.assertIsNot(x, x),
    lambda: t.assertIsNone(0), lambda: t.assertIsNotNone(None),
    lambda: t.assertIsInstance(1, str), lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertIsInstance('a', (int, float)),
    lambda: t.assertIn('k', {'a': 1}), lambda: t.assertIn('x' * 100, 'y'),
    lambda: t.fail(), lambda: t.fail('explicit'),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(repr(str(e)))
