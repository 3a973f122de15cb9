# OutputChecker: the comparison rules and the failure descriptions.
import doctest

checker = doctest.OutputChecker()
cases = [
    ('1\n', 'True\n', 0), ('0\n', 'False\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0), ('a b\n', 'a  b\n', doctest.NORMALIZE_WHITESPACE),
    ('x...\n', 'xyz\n', doctest.ELLIPSIS), ('x...\n', 'xyz\n', 0), ('\n', '   \n', 0),
    ('caf\\xe9\n', 'caf\xe9\n', 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example('f()', 'one\ntwo\n')
print(checker.output_difference(ex, 'one\n2\n', 0), end='')
print(checker.output_difference(ex, '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'out\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(checker.output_difference(ex, 'one\n\ntwo\n', 0), end='')
print(checker.output_difference(ex, 'one\ntwo!\n', doctest.REPORT_NDIFF), end='')
print(checker.output_difference(ex, 'one\ntwo!\n', doctest.REPORT_UDIFF), end='')
long = doctest.Example('g()', 'a\nb\nc\nd\n')
print(checker.output_difference(long, 'a\nB\nc\nd\n', doctest.REPORT_UDIFF), end='')
print(checker.output_difference(long, 'a\nB\nc\nd\n', doctest.REPORT_CDIFF), end='')


class Lenient(doctest.OutputChecker):
    def check_output(self, want, got, optionflags):
        return want.lower() == got.lower()


runner = doctest.DocTestRunner(checker=Lenient(), verbose=False)
test = doctest.DocTestParser().get_doctest(">>> print('HELLO')\nhello\n", {}, 'lenient', None, 0)
print(runner.run(test))
