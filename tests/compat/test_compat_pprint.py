import pprint
import unittest


class TestPprint(unittest.TestCase):
    def test_short(self):
        self.assertEqual(pprint.pformat({'b': 1, 'a': 2}), "{'a': 2, 'b': 1}")

    def test_wrap(self):
        self.assertEqual(pprint.pformat(list(range(30)), width=20).count('\n'), 29)

    def test_compact(self):
        self.assertLess(pprint.pformat(list(range(30)), width=20, compact=True).count('\n'), 29)

    def test_recursive(self):
        x = []
        x.append(x)
        self.assertTrue(pprint.isrecursive(x))

    def test_fails_on_purpose(self):
        self.assertEqual(pprint.pformat([1]), '[2]')

    @unittest.skip('demonstrates a skip')
    def test_skipped(self):
        pass


if __name__ == '__main__':
    unittest.main()
