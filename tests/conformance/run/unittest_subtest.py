# subTest: each failing subtest reported on its own, with its parameters.
import unittest
from _utrun import run


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
            raise KeyError('x')

    def test_all_pass(self):
        for c in 'abc':
            with self.subTest(c):
                self.assertTrue(c.isalpha())

    def test_plain(self):
        with self.subTest():
            self.fail('no description')


run(Sub)
run(Sub, verbosity=2)
