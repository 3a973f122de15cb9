# The command line of `python -m doctest` (doctest._test), run with its argv set here.
import doctest
import sys


def cli(*args):
    sys.argv = ['doctest.py', *args]
    print('$ python -m doctest', ' '.join(args))
    try:
        status = doctest._test()
    except SystemExit as e:
        status = 'SystemExit(%s)' % e.code
    sys.stdout.flush()
    print('status:', status)


cli('_doctest_module.py')
cli('-v', '_doctest_module.py')
cli('_doctest_sample.txt')
cli('-o', 'REPORT_NDIFF', '_doctest_sample.txt')
cli('--option=ELLIPSIS', '-f', '_doctest_sample.txt', '_doctest_module.py')
cli('--verbose', '_doctest_sample.txt')
cli('-o', 'NOT_A_FLAG', '_doctest_sample.txt')
cli('-x', '_doctest_sample.txt')
cli()
cli('-h')
