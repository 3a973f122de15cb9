# Verbosity 2: one line per test, with the first line of its docstring.
import unittest
from _utrun import run


class Verbose(unittest.TestCase):
    def test_documented(self):
        """Adds two numbers.

        More text that is not shown.
        """
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        """Fails on purpose."""
        self.assertIn('x', 'abc')

    @unittest.skip('reason with \'quotes\'')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        1 / 0

    @unittest.expectedFailure
    def test_xpass(self):
        """Passes although expected to fail."""


run(Verbose, verbosity=2)
print('-- without descriptions')
run(Verbose, verbosity=2, descriptions=False)
