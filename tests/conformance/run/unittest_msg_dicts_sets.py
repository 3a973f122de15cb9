# assertDictEqual and assertSetEqual messages.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual({'a': 1}, {'a': 1, 'c': [1, 2]}),
    lambda: t.assertDictEqual({}, []),
    lambda: t.assertEqual({i: str(i) * 5 for i in range(12)}, {i: str(i) * 5 for i in range(1, 13)}),
    lambda: t.assertEqual({1, 2, 3}, {2, 3, 4}),
    lambda: t.assertEqual({1, 2}, {1, 2, 'x'}),
    lambda: t.assertSetEqual(frozenset([1]), set()),
    lambda: t.assertSetEqual({1}, [1]),
    lambda: t.assertSetEqual([1], {1}),
    lambda: t.assertDictContainsSubset({'a': 1, 'z': 0}, {'a': 2}),
]
import warnings
warnings.simplefilter('ignore')
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(e)
        print('-' * 20)
