# failfast stops at the first failure; buffer hides the output of passing tests.
import sys
import unittest
from _utrun import run


class Noisy(unittest.TestCase):
    def test_1_quiet_pass(self):
        print('hidden output')

    def test_2_noisy_fail(self):
        print('shown output')
        sys.stderr.write('shown error\n')
        self.fail('boom')

    def test_3_never_with_failfast(self):
        print('third')


run(Noisy, failfast=True)
run(Noisy, buffer=True, verbosity=2)
