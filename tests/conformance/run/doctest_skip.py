# SKIP: examples not run and not counted.
import doctest

def examples():
    """
    >>> undefined_name  # doctest: +SKIP
    anything
    >>> 1 + 1
    2
    >>> 1 + 1  # doctest: +SKIP
    3
    """

doctest.run_docstring_examples(examples, {}, name='examples', verbose=True)
test = doctest.DocTestParser().get_doctest(examples.__doc__, {}, 'skipping', 'f.py', 0)
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.SKIP)
print(runner.run(doctest.DocTestParser().get_doctest(examples.__doc__, {}, 'all', 'f.py', 0)))
print(runner.summarize(verbose=True))
