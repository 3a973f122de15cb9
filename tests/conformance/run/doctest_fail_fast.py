# FAIL_FAST stops at the first failure; REPORT_ONLY_FIRST_FAILURE runs on silently.
import doctest

def examples():
    """
    >>> 1
    1
    >>> 2
    20
    >>> print('still run')
    still run
    >>> 3
    30
    """

print('== FAIL_FAST')
doctest.run_docstring_examples(examples, {}, name='examples', optionflags=doctest.FAIL_FAST)
print('== REPORT_ONLY_FIRST_FAILURE')
doctest.run_docstring_examples(examples, {}, name='examples',
                               optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print('== verbose with FAIL_FAST')
doctest.run_docstring_examples(examples, {}, verbose=True, name='examples',
                               optionflags=doctest.FAIL_FAST)
parser = doctest.DocTestParser()
test = parser.get_doctest(examples.__doc__, {}, 'counted', None, 0)
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(runner.run(test, out=lambda s: None))
