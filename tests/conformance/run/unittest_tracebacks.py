# Failure tracebacks: unittest's frames hidden, user frames and chained exceptions kept.
import unittest
from _utrun import run


def helper(x):
    return check(x)


def check(x):
    if x < 0:
        raise ValueError('negative')
    return x


class Chains(unittest.TestCase):
    def test_nested_calls(self):
        helper(-1)

    def test_assert_in_helper(self):
        self.assert_positive(-5)

    def assert_positive(self, n):
        self.assertGreater(n, 0)

    def test_chained(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('lookup failed') from e

    def test_cause_in_helper(self):
        try:
            helper(-2)
        except ValueError as e:
            raise LookupError('wrapped') from e


run(Chains)
