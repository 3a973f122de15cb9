# `except ... as e` binds the exception and deletes the name at the end of the block.
import sys


class Err(Exception):
    pass


err = Err('x')
print('created:', sys.getrefcount(err))
try:
    raise err
except Err as e:
    print('in handler (name, handled exception, e):', sys.getrefcount(err))
    print('e is err:', e is err)
print('after handler:', sys.getrefcount(err))
print("'e' still bound:", 'e' in globals())
err.__traceback__ = None
print('traceback cleared:', sys.getrefcount(err))


def f():
    try:
        raise err
    except Err as e2:
        inner = sys.getrefcount(err)
    return inner, 'e2' in locals()


print('in a function:', f())
err.__traceback__ = None
print('end:', sys.getrefcount(err))
try:
    raise err
except Err:
    print('without a name:', sys.getrefcount(err))
