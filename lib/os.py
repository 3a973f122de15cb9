"""The operating-system interface, the parts scripts commonly use.

Built on the posix module (the host's file system and environment)."""

import posix as _posix
import posixpath as path
import sys

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

environ = _posix.environ
getcwd = _posix.getcwd
getpid = _posix.getpid
listdir = _posix.listdir

sys.modules['os.path'] = path


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = fs(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


class PathLike:
    """Abstract base class for objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented
