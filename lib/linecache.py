"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

import functools
import os
import re
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# What the cache holds for a filename:
#   (size, mtime, lines, fullname)  lines read from the file fullname; mtime
#                                   is None for lines that came from a loader
#                                   (checkcache keeps those);
#   (get_lines,)                    a loader that will give the source when
#                                   the lines are first asked for (lazycache).
cache = {}

_CODING = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
_BLANK_OR_COMMENT = re.compile(rb'^[ \t\f]*(?:[#\r\n]|$)')


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue
        if _stat(entry[3]) != entry[:2]:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        del cache[filename]
    if not filename or _is_pseudo(filename):
        return []
    found = _find_file(filename)
    if found is None:
        lines = _lines_from_loader(filename, module_globals)
        if lines is not None:
            return lines
        found = _search_path(filename)
        if found is None:
            return []
    fullname, (size, mtime) = found
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or _is_pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) if spec else None
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    cache[filename] = (functools.partial(get_source, name),)
    return True


def _is_pseudo(filename):
    """'<string>', '<stdin>' and the like name no file."""
    return filename.startswith('<') and filename.endswith('>')


def _stat(path):
    """(size, mtime) of the file at path, or None when there is no such file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime


def _find_file(path):
    """(path, (size, mtime)) when path names a file, else None."""
    sig = _stat(path)
    return None if sig is None else (path, sig)


def _search_path(filename):
    """A relative file name looked up in the folders of sys.path, as imports find modules."""
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        found = _find_file(os.path.join(folder, filename))
        if found is not None:
            return found
    return None


def _lines_from_loader(filename, module_globals):
    """The source a module's loader gives (cached with no mtime), or None when there is none."""
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        # The loader knows the module but has no source for it.
        return []
    lines = [line + '\n' for line in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _read_lines(fullname):
    """The lines of a source file, decoded as the interpreter decodes source (PEP 263), each ending in a newline."""
    with open(fullname, 'rb') as f:
        data = f.read()
    text = data.decode(_source_encoding(data))
    if text.startswith('\ufeff'):
        text = text[1:]
    # Universal newlines, as a text-mode file reads: only \r\n, \r and \n end lines.
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last + '\n')
    return lines


def _source_encoding(data):
    """The encoding a coding cookie on the first or second line declares; utf-8 when none does."""
    first, _, rest = data.partition(b'\n')
    m = _CODING.match(first)
    if m is None and _BLANK_OR_COMMENT.match(first):
        m = _CODING.match(rest.partition(b'\n')[0])
    return m.group(1).decode('ascii') if m else 'utf-8'
