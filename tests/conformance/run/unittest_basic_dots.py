# Verbosity 1: one character per outcome, the failure sections and the summary.
import unittest
from _utrun import run


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual(2 + 2, 5)

    def test_error(self):
        return [][1]

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


result = run(Outcomes)
print(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(result.skipped[0][0].id(), repr(result.skipped[0][1]))
