"""TestResult: what a test run collects."""

import io
import sys
from functools import wraps

from . import util
import _excformat

__unittest = True


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """Counts the tests run and keeps (test, formatted traceback) pairs for
    failures and errors, the skips with their reasons, and the expected
    failures and unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the tests have run."""

    def startTest(self, test):
        """Called before test runs."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTest(self, test):
        """Called after test has run."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            # The output of a test that failed is shown after all.
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)

            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests have run."""

    @failfast
    def addError(self, test, err):
        """test raised an unexpected exception; err is sys.exc_info()'s tuple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """test failed (raised its failureException); err is sys.exc_info()'s tuple."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        """test passed."""

    def addSkip(self, test, reason):
        """test was skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test failed as its expectedFailure decorator said it would."""
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test passed although decorated with expectedFailure."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when no test failed, raised or succeeded unexpectedly."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Ask the running suite to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback report of err, without unittest's own frames."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        if self.tb_locals:
            raise NotImplementedError('tb_locals (--locals) needs the traceback module')
        # The runtime's printer; to become traceback.TracebackException(...,
        # compact=True).format() once lib/traceback.py exists.
        msgLines = [_excformat.format_exception(value, tb)]

        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Drop the leading frames of unittest itself from each exception of
        # the chain; for failures also the trailing ones (inside assert*).
        first_tb = None
        first = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        while pending:
            (exctype, value, tb) = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next

            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)

            if first:
                first_tb = tb
                first = False
            else:
                value.__traceback__ = tb

            if value is not None:
                for c in (value.__cause__, value.__context__):
                    if c is not None and id(c) not in seen:
                        pending.append((type(c), c, c.__traceback__))
                        seen.add(id(c))
        return first_tb

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # Cut the chain before the first unittest frame that follows the test's own.
        prev = None
        while tb and not self._is_relevant_tb_level(tb):
            prev = tb
            tb = tb.tb_next
        if prev is not None:
            prev.tb_next = None

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun,
                 len(self.errors), len(self.failures)))
