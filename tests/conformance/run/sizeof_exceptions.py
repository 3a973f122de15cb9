# Exception instances: BaseException's fields plus those of the subclass.
import sys

excs = [BaseException(), Exception('x'), ValueError('a', 'b'), KeyError('k'), AttributeError('a'),
        NameError('n'), ImportError('i'), ModuleNotFoundError('m'), OSError(2, 'no'), FileNotFoundError(),
        StopIteration(5), SystemExit(1), SyntaxError('s'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
        ExceptionGroup('g', [ValueError()])]
for e in excs:
    print(f'{type(e).__name__:20} {type(e).__basicsize__:4} {sys.getsizeof(e)}')

class AppError(Exception):
    pass

class DetailedError(AppError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

print(sys.getsizeof(AppError()), sys.getsizeof(DetailedError(3)), AppError.__basicsize__)
