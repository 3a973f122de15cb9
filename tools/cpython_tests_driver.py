"""Run one module of CPython's `test` package and print one line per test.

    python3 tools/cpython_tests_driver.py TESTDIR test.test_x

TESTDIR holds only a `test` entry (the installation's test package), so that
nothing else of the installation's library shadows the running interpreter's
own modules. Every outcome line is `@@ <test id> <outcome>` with outcome one
of pass, fail, error, skip, xfail, xpass; a test with a failing subtest is a
failure. Lines are flushed at once so that a run cut short by a timeout still
reports what finished.
"""
import sys
import unittest

OUTCOMES = {}


def report(test, outcome):
    tid = test.id()
    # A failure outranks a success that a subtest reported earlier.
    if OUTCOMES.get(tid) in ('fail', 'error') and outcome == 'pass':
        return
    OUTCOMES[tid] = outcome
    sys.stdout.write('@@ %s %s\n' % (tid, outcome))
    sys.stdout.flush()


class Result(unittest.TestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        report(test, 'pass')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        report(test, 'fail')
        self._show(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        # errors of setUpClass/setUpModule come with a _ErrorHolder, whose id
        # names the fixture: the tests it covers are simply never reported
        report(test, 'error')
        self._show(test, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        report(test, 'skip')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        report(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        report(test, 'xpass')

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            report(test, 'fail' if issubclass(err[0], test.failureException) else 'error')
            self._show(subtest, err)

    def _show(self, test, err):
        if SHOW:
            sys.stderr.write('=== %s\n%s\n' % (test, self._exc_info_to_string(err, test)))


SHOW = False


def main(argv):
    global SHOW
    if argv and argv[0] == '--show':
        SHOW = True
        argv = argv[1:]
    testdir, name = argv[0], argv[1]
    sys.path.insert(0, testdir)
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
    result = Result()
    suite.run(result)
    sys.stdout.write('@@done %d\n' % result.testsRun)


if __name__ == '__main__':
    main(sys.argv[1:])
