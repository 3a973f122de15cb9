"""Temporary files and directories with unique random names."""

import os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "gettempdir",
           "gettempprefix", "template", "tempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def _candidate_tempdirs():
    # CPython's order: the environment variables, the POSIX locations, the working directory.
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        d = os.environ.get(name)
        if d:
            yield d
    yield from (os.sep + 'tmp', os.path.join(os.sep, 'var', 'tmp'), os.path.join(os.sep, 'usr', 'tmp'))
    yield os.getcwd()


def gettempdir():
    """The directory temporary files go in, chosen once: the first existing
    directory among $TMPDIR, $TEMP, $TMP, the POSIX temporary directories
    and the working directory."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdirs():
            if os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            raise FileNotFoundError("No usable temporary directory found")
    return tempdir


def _candidates(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError("No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique name; return its absolute path."""
    for name in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)


class _NamedFile:
    """A file object opened on a temporary path, removed when closed (if delete)."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A file with a visible name (its .name), deleted on close when delete is true."""
    for name in _candidates(suffix, prefix, dir):
        if os.path.exists(name):
            continue
        # Claimed exclusively first, so that a concurrent creator cannot share the name.
        open(name, 'xb').close()
        file = open(name, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
        return _NamedFile(file, os.path.abspath(name), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file, removed when closed. pyheap's files are written back
    through their path, so unlike CPython's (unlinked at once and named by its
    descriptor) it keeps a name in the directory until it is closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              delete=True, errors=errors)


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or on leaving a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
