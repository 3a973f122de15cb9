# testfile: the examples of a text file run as one test.
import doctest
import unittest
import io
import re

print(doctest.testfile('_doctest_sample.txt'))
print(doctest.testfile('_doctest_sample.txt', verbose=True, report=False))
print(doctest.testfile('_doctest_sample.txt', name='renamed', report=True, verbose=False,
                       optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.testfile('_doctest_sample.txt', globs={'extra': 1}, extraglobs={'__name__': 'x'}))
try:
    doctest.testfile('_doctest_sample.txt', package='os', module_relative=False)
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.testfile('/absolute/path.txt')
except ValueError as e:
    print('ValueError:', e)
suite = doctest.DocFileSuite('_doctest_sample.txt')
case = list(suite)[0]
print(case.id(), repr(case) == case._dt_test.filename, case.shortDescription())
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(result.testsRun, len(result.failures))
message = result.failures[0][1]
print(message[message.index('AssertionError'):])
