# assertListEqual/assertTupleEqual/assertSequenceEqual: first differing element and extras.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual([1, 2, 3], [1, 2]),
    lambda: t.assertEqual((1,), (1, 2, 3)),
    lambda: t.assertListEqual([1], (1,)),
    lambda: t.assertTupleEqual((1,), [1]),
    lambda: t.assertSequenceEqual('abc', 'abd'),
    lambda: t.assertSequenceEqual([1, 2], (1, 2, 3)),
    lambda: t.assertSequenceEqual(1, [1]),
    lambda: t.assertEqual([{'a': 1, 'b': 2}], [{'a': 1, 'b': 3}]),
    lambda: t.assertEqual(list(range(100)), list(range(1, 101))),
    lambda: t.assertEqual(['x' * 30, 'y' * 30, 'z' * 30], ['x' * 30, 'w' * 30, 'z' * 30]),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(e)
        print('-' * 20)
t.assertSequenceEqual([1, 2], (1, 2))
print('equal sequences of different types pass')
