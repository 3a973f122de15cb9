# When __exit__ raises, the exception it was given is released: what still
# refers to it is the new exception's __context__ (and our own names).
import sys


class Boom:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('exit failed')


class Finalized(Exception):
    def __del__(self):
        print('original freed')


original = ValueError('original')
try:
    with Boom():
        raise original
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__ is original)
    print('refcount while the new one lives:', sys.getrefcount(original))
print('refcount after:', sys.getrefcount(original))

try:
    with Boom():
        raise Finalized('gone')
except RuntimeError as e:
    e.__context__ = None
print('end of block')

for _ in range(3):
    try:
        with Boom():
            raise original
    except RuntimeError:
        pass
print('after three rounds:', sys.getrefcount(original))
