"""The operating-system interface, the parts scripts commonly use.

Built on the posix module (the host's file system and environment)."""

import abc
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
getcwdb = _posix.getcwdb
getpid = _posix.getpid
urandom = _posix.urandom
listdir = _posix.listdir
stat = _posix.stat
lstat = _posix.lstat
stat_result = _posix.stat_result
readlink = _posix.readlink
symlink = _posix.symlink
link = _posix.link
chdir = _posix.chdir
access = _posix.access
getuid = _posix.getuid
getgid = _posix.getgid
geteuid = _posix.geteuid
getegid = _posix.getegid
open = _posix.open
close = _posix.close
read = _posix.read
write = _posix.write
fstat = _posix.fstat
O_RDONLY = _posix.O_RDONLY
O_WRONLY = _posix.O_WRONLY
O_RDWR = _posix.O_RDWR
O_CREAT = _posix.O_CREAT
O_EXCL = _posix.O_EXCL
O_NOCTTY = _posix.O_NOCTTY
O_TRUNC = _posix.O_TRUNC
O_APPEND = _posix.O_APPEND
O_NONBLOCK = _posix.O_NONBLOCK
O_DSYNC = _posix.O_DSYNC
O_SYNC = _posix.O_SYNC
O_DIRECTORY = _posix.O_DIRECTORY
O_NOFOLLOW = _posix.O_NOFOLLOW
O_CLOEXEC = _posix.O_CLOEXEC
O_ACCMODE = _posix.O_ACCMODE
F_OK = _posix.F_OK
R_OK = _posix.R_OK
W_OK = _posix.W_OK
X_OK = _posix.X_OK

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


class PathLike(abc.ABC):
    """Abstract base class for objects with __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory (the mode is left to the host)."""
    _posix.mkdir(path)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    """Remove an empty directory."""
    _posix.rmdir(path)


def remove(path, *, dir_fd=None):
    """Remove a file."""
    _posix.unlink(path)


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename src to dst (replacing a file at dst)."""
    _posix.rename(src, dst)


replace = rename


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and every directory below it."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if not path.isdir(path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for name in dirs:
        yield from walk(path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def fsencode(filename):
    """A path as bytes in the file-system encoding (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str, decoded from the file-system encoding (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename
