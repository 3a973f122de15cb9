"""Shell-style wildcard matching of file names: *, ?, [seq] and [!seq]."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Match name against pat after normalizing the case of both (a no-op on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # Latin-1 maps every byte to one character and back.
        regex = translate(str(pat, 'ISO-8859-1'))
        return re.compile(regex.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Match name against pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


# Marks a '*' in the first pass of translate().
_STAR = object()


def _bracket(pat, start, end):
    """The regex set for pat[start:end], the inside of a [...] (without the brackets)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that are range operators; a hyphen just after
        # the opening (or after '!') or just before ']' is a literal one.
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        tail = pat[lo:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # A range whose low end is above its high end matches nothing: drop it,
        # as a regular expression would reject it.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # Characters that could start a set operation in future regex syntax.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                pieces.append(_bracket(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # Second pass: a star followed by a fixed part becomes an atomic group,
    # which keeps matching linear on patterns with many stars.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + r')\Z'
