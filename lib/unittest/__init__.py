"""unittest: test cases, suites, loaders and runners, as CPython's unittest.

    import unittest

    class TestArithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# Deprecated in 3.11, still exported.
__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .loader import makeSuite, getTestCaseNames, findTestCases

_TextTestResult = TextTestResult


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        # needs asyncio, which pyheap does not have (no coroutine support yet)
        raise ImportError('unittest.IsolatedAsyncioTestCase needs asyncio, '
                          'which pyheap does not provide')
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
