"""Path operations shared by posixpath and ntpath: the ones that ask the
file system (exists, isfile, getsize, samefile...) and the ones that do not
depend on the separator (commonprefix)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def exists(path):
    """Whether path names something (a broken symbolic link does not count)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether path is a regular file (following symbolic links)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s is a directory (following symbolic links)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest prefix (item by item) that every item of m starts with."""
    if not m:
        return ''
    # Lists and tuples of path components are compared component-wise, as they are.
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (device and inode)."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext) for splitext: ext starts at the last extsep of the last
    component, unless the component's leading dots are all there is before it."""
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        start = sep_index + 1
        while start < dot_index:
            if p[start:start + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function gives for a bad argument or a mix of str and bytes."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, os.PathLike):
            s = os.fspath(s)
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
