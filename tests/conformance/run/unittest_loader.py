# TestLoader: names, test case names, name patterns, prefixes, sorting.
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def helper(self): pass
    test_not_callable = 3


class Beta(unittest.TestCase):
    def runTest(self): pass


def suite_factory():
    return unittest.TestSuite([Alpha('test_a')])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.loadTestsFromTestCase(Alpha))
print(loader.loadTestsFromTestCase(Beta))
module = sys.modules[__name__]
print(loader.loadTestsFromName('Alpha.test_b', module))
print(loader.loadTestsFromName('suite_factory', module))
print(loader.loadTestsFromNames(['Alpha', 'Beta'], module).countTestCases())
print(loader.loadTestsFromModule(module).countTestCases())
loader.testNamePatterns = ['*_a']
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testMethodPrefix = 'help'
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Alpha))
bad = unittest.TestLoader().loadTestsFromName('Alpha.test_missing', module)
print(bad, bad.countTestCases())
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)
try:
    Alpha('nonexistent')
except ValueError as e:
    print(e)
