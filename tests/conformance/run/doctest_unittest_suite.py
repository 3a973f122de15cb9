"""DocTestSuite: one unittest test case per docstring with examples."""
import doctest
import io
import sys
import unittest


def passing():
    """
    >>> passing()
    'ok'
    """
    return 'ok'


def failing():
    """
    >>> failing()
    'expected'
    """
    return 'actual'


class WithMethod:
    def method(self):
        """
        >>> WithMethod().method()
        42
        """
        return 42


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases(), [t.id() for t in suite])
print([repr(t) for t in suite], [t.shortDescription() for t in suite])
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
test, text = result.failures[0]
print(test.id())
print(text[text.index('AssertionError'):])
seen = []
suite = doctest.DocTestSuite(sys.modules[__name__], setUp=lambda t: seen.append(t.name),
                             optionflags=doctest.REPORT_NDIFF)
suite.run(unittest.TestResult())
print(seen)
print(doctest.set_unittest_reportflags(doctest.REPORT_UDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError:', e)
