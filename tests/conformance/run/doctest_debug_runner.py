# DebugRunner and raise_on_error: the first problem is raised, not reported.
import doctest

parser = doctest.DocTestParser()
test = parser.get_doctest('>>> x = 1\n>>> x\n2\n', {}, 'failing', 'f.txt', 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.DocTestFailure as f:
    print(type(f).__name__, f.test.name, repr(f.example.want), repr(f.got), str(f))
test = parser.get_doctest('>>> raise KeyError("k")\n42\n', {}, 'raising', 'r.txt', 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.UnexpectedException as u:
    exc_type, exc, tb = u.exc_info
    print(type(u).__name__, u.test.name, u.example.source, exc_type.__name__, exc, str(u))
ok = parser.get_doctest('>>> 1\n1\n', {}, 'fine', None, 0)
print(doctest.DebugRunner(verbose=False).run(ok))
print(ok.globs)


def documented():
    """
    >>> documented()
    'no'
    """
    return 'yes'


try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as f:
    print('testmod raised for', f.test.name, repr(f.got))
case = doctest.DocTestCase(parser.get_doctest('>>> 5\n6\n', {}, 'case', 'c.py', 0))
try:
    case.debug()
except doctest.DocTestFailure as f:
    print('debug raised for', f.test.name)
print(doctest.TestResults(1, 2), doctest.TestResults(1, 2).attempted)
