import fnmatch
import inspect
import unittest


def sample(a, b=1, *args, c, **kw):
    """Sample function."""


class TestInspect(unittest.TestCase):
    def test_signature(self):
        self.assertEqual(str(inspect.signature(sample)), '(a, b=1, *args, c, **kw)')

    def test_getdoc(self):
        self.assertEqual(inspect.getdoc(sample), 'Sample function.')

    def test_source(self):
        self.assertTrue(inspect.getsource(sample).startswith('def sample'))

    def test_predicates(self):
        self.assertTrue(inspect.isfunction(sample))
        self.assertFalse(inspect.isclass(sample))


class TestFnmatch(unittest.TestCase):
    def test_filter(self):
        self.assertEqual(fnmatch.filter(['a.py', 'b.txt'], '*.py'), ['a.py'])

    def test_brackets(self):
        self.assertTrue(fnmatch.fnmatchcase('b1', '[a-c][0-9]'))


if __name__ == '__main__':
    unittest.main()
