"""For the unittest programs: run tests and print the report with its clock figure masked."""
import io
import re
import sys
import unittest


def mask(text):
    return re.sub(r'in \d+\.\d+s', 'in 0.000s', text)


def run(*tests, verbosity=1, **kwargs):
    """Run TestCase classes, test cases or suites with a TextTestRunner; print its report."""
    suite = unittest.TestSuite()
    for t in tests:
        if isinstance(t, type):
            suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(t))
        else:
            suite.addTest(t)
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity, **kwargs).run(suite)
    print(mask(out.getvalue()), end='')
    return result


def main(argv, module='__main__'):
    """unittest.main() with these arguments; print its report and its exit status."""
    out = io.StringIO()
    runner = unittest.TextTestRunner(stream=out)
    try:
        unittest.main(module=module, argv=['prog'] + argv, testRunner=runner)
    except SystemExit as e:
        print(mask(out.getvalue()), end='')
        print('exit status:', e.code)
