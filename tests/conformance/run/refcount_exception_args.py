# An exception holds its args; __context__ and __cause__ hold other exceptions.
import sys


class Detail:
    pass


det = Detail()
e = ValueError('msg', det)
print('in args tuple:', sys.getrefcount(det))
args = e.args
print('args tuple refs:', sys.getrefcount(args))
del args
first = KeyError('first')
try:
    try:
        raise first
    except KeyError:
        raise e
except ValueError:
    pass
print('context set:', e.__context__ is first)
print('first held by context:', sys.getrefcount(first))
e.__context__ = None
print('context cleared:', sys.getrefcount(first))
try:
    raise e from first
except ValueError:
    pass
print('cause set:', e.__cause__ is first, sys.getrefcount(first))
e.__cause__ = None
e.__traceback__ = None
del e
print('exception gone:', sys.getrefcount(det), sys.getrefcount(first))
