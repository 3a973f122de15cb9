import doctest
import unittest


def documented(x):
    """
    >>> documented(2)
    4
    >>> documented('ab')
    'abab'
    """
    return x * 2


def broken():
    """
    >>> broken()
    'right'
    """
    return 'wrong'


class TestDoctestApi(unittest.TestCase):
    def test_parser(self):
        examples = doctest.DocTestParser().get_examples('>>> 1 + 1\n2\n')
        self.assertEqual([(e.source, e.want) for e in examples], [('1 + 1\n', '2\n')])

    def test_runner_counts(self):
        test = doctest.DocTestFinder().find(documented)[0]
        runner = doctest.DocTestRunner(verbose=False)
        self.assertEqual(runner.run(test), doctest.TestResults(0, 2))

    def test_checker_flags(self):
        checker = doctest.OutputChecker()
        self.assertTrue(checker.check_output('a ... z\n', 'a b c z\n', doctest.ELLIPSIS))
        self.assertFalse(checker.check_output('a b\n', 'a  b\n', 0))

    def test_failure_report(self):
        test = doctest.DocTestFinder().find(broken)[0]
        out = []
        doctest.DocTestRunner(verbose=False).run(test, out=out.append)
        self.assertIn('Expected:\n    \'right\'\nGot:\n    \'wrong\'\n', ''.join(out))


def load_tests(loader, tests, pattern):
    finder = doctest.DocTestFinder()
    only_documented = [t for t in finder.find(documented)]
    tests.addTests(doctest.DocTestCase(t) for t in only_documented)
    return tests


if __name__ == '__main__':
    unittest.main()
