# TestResult used directly, and a custom result class with a runner.
import unittest
from _utrun import run


class Mixed(unittest.TestCase):
    def test_ok(self): pass
    def test_fail(self): self.assertIsNone(1)
    def test_err(self): raise OSError('disk full')
    @unittest.skip('why')
    def test_skip(self): pass


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Mixed).run(result)
print(result.testsRun, [t.id() for t, _ in result.failures], [t.id() for t, _ in result.errors])
print(result.errors[0][1].splitlines()[-1], result.failures[0][1].splitlines()[-1])
print(result.skipped[0][1], result.wasSuccessful(), result.shouldStop)


class Recording(unittest.TextTestResult):
    def startTest(self, test):
        print('start', test.id())
        super().startTest(test)

    def addSuccess(self, test):
        print('success', test._testMethodName)
        super().addSuccess(test)


run(Mixed, resultclass=Recording)
single = Mixed('test_ok')
print(single.run())
print(single.defaultTestResult())
