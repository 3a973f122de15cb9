"""Path operations on POSIX path names (what os.path is on Linux)."""

import posix as _posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
# Only macOS's file systems take any Unicode name as given.
supports_unicode_filenames = False

__all__ = ['basename', 'dirname', 'split', 'splitext', 'join', 'isabs', 'normcase', 'normpath', 'abspath',
           'exists', 'isfile', 'isdir', 'commonprefix', 'relpath', 'expanduser', 'sep', 'curdir',
           'pardir', 'extsep', 'altsep', 'pathsep', 'defpath', 'devnull', 'supports_unicode_filenames']


def _str(p, fn):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is not None:
        r = fspath(p)
        if isinstance(r, str):
            return r
    raise TypeError(f'{fn}() argument must be str, bytes, or os.PathLike object, not {type(p).__name__!r}'
                    if fn != 'join' else f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


def normcase(s):
    # POSIX file names are case-sensitive: only the type is checked.
    import os
    return os.fspath(s)


def isabs(s):
    return _str(s, 'isabs').startswith('/')


def join(a, *p):
    path = _str(a, 'join')
    for b in p:
        b = _str(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _str(p, 'split')
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    # Trailing slashes go, unless the head is all slashes.
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _str(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p, 'splitext')
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # A leading run of dots in the name is not an extension.
        start = slash + 1
        while start < dot and p[start] == '.':
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, ''


def normpath(path):
    path = _str(path, 'normpath')
    if not path:
        return '.'
    leading = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not leading and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = '/' * leading + '/'.join(parts)
    return result or '.'


def abspath(path):
    path = _str(path, 'abspath')
    if not path.startswith('/'):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def exists(path):
    try:
        return _posix._kind(_str(path, 'exists')) is not False
    except TypeError:
        return False


def isfile(path):
    try:
        return _posix._kind(_str(path, 'isfile')) == 'file'
    except TypeError:
        return False


def isdir(s):
    try:
        return _posix._kind(_str(s, 'isdir')) == 'dir'
    except TypeError:
        return False


def _stat_of(path, what):
    path = _str(path, what)
    st = _posix._stat(path)
    if st is None:
        raise FileNotFoundError("[Errno 2] No such file or directory: %r" % path)
    return st


def getsize(filename):
    """The size of a file in bytes."""
    return _stat_of(filename, 'getsize')[0]


def getmtime(filename):
    """The last modification time of a file, in seconds since the epoch."""
    return _stat_of(filename, 'getmtime')[1]


def commonprefix(m):
    if not m:
        return ''
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else start
    here = [x for x in abspath(start).split('/') if x]
    there = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([here, there]))
    rel = [pardir] * (len(here) - i) + there[i:]
    return join(*rel) if rel else curdir


def expanduser(path):
    path = _str(path, 'expanduser')
    if not path.startswith('~'):
        return path
    home = _posix.environ.get('HOME', '/')
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip('/') or '/') + path[i:]
