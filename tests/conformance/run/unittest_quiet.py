# Verbosity 0: only the failure sections and the summary.
import unittest
from _utrun import run


class Quiet(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertFalse([1])

    def test_c(self):
        raise KeyError('k')

    @unittest.skip('s')
    def test_d(self):
        pass


run(Quiet, verbosity=0)


class AllGood(unittest.TestCase):
    def test_one(self):
        pass


run(AllGood, verbosity=0)
run(verbosity=1)
