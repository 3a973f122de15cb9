# DocTestRunner directly: custom output, subclassed reports, merge and summarize.
import doctest

parser = doctest.DocTestParser()
first = parser.get_doctest('>>> 1 + 1\n2\n>>> 2 + 2\n5\n', {}, 'first', 'first.txt', 0)
second = parser.get_doctest('>>> x = 3\n>>> x\n3\n', {}, 'second', None, 0)
empty = parser.get_doctest('nothing here', {}, 'empty', None, 0)
collected = []
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(first, out=collected.append))
print(runner.run(second, out=collected.append), runner.run(empty))
print(''.join(collected))
print(runner.failures, runner.tries, sorted(runner._name2ft.items()))
print(runner.summarize(verbose=True))
other = doctest.DocTestRunner(verbose=False)
other.run(parser.get_doctest('>>> 0\n1\n', {}, 'first', 'first.txt', 0), out=lambda s: None)
runner.merge(other)
print(runner.summarize(verbose=False))


class Quiet(doctest.DocTestRunner):
    def report_start(self, out, test, example):
        out('START %r\n' % example.source)

    def report_success(self, out, test, example, got):
        out('PASS %r\n' % got)

    def report_failure(self, out, test, example, got):
        out('FAIL want=%r got=%r\n' % (example.want, got))


q = Quiet()
print(q.run(parser.get_doctest('>>> print("a")\na\n>>> print("b")\nc\n', {}, 'q', None, 0)))
test = parser.get_doctest('>>> y = 1\n', {'keep': True}, 'globs', None, 0)
doctest.DocTestRunner().run(test, clear_globs=False)
print(sorted(k for k in test.globs if k != '__builtins__'))
doctest.DocTestRunner().run(test)
print(test.globs)
