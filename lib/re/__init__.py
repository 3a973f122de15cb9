"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.

In pyheap the patterns are parsed, compiled and matched natively (the
_sre module) with CPython 3.11's results; this module is the interface
over it: the module-level functions with their cache of compiled
patterns, the flags, escape() and the Scanner.
"""

import _sre
import copyreg
from . import _constants
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# --------------------------------------------------------------------
# flags

class _FlagType(type):
    """The part of enum.EnumType that re.RegexFlag uses: the members by name
    and by value, iteration over the single-bit members, len() and `in`."""

    def __iter__(cls):
        return iter(cls._canonical_)

    def __len__(cls):
        return len(cls._canonical_)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __getitem__(cls, name):
        return cls._members_[name]

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        value = int(value)
        if value < 0:
            # Bits beyond the highest one are dropped, as enum's KEEP boundary does.
            width = max(cls._all_bits_.bit_length(), (~value).bit_length())
            value += 1 << width
        member = cls._by_value_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            cls._by_value_[value] = member
        return member

    @property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._members_)


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re.compile(): an int whose repr names its bits."""

    __slots__ = ()

    @property
    def value(self):
        return int(self)

    _value_ = value

    @property
    def name(self):
        value = int(self)
        names = type(self)._names_
        if value in names:
            return names[value]
        if value & ~type(self)._all_bits_:
            return None
        return '|'.join(names[m] for m in type(self) if value & m)

    _name_ = name

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = type(self)._names_
        parts = ['re.' + names[m] for m in type(self) if value & m]
        unknown = value & ~type(self)._all_bits_
        if not parts:
            return 're.RegexFlag(%d)' % value
        if unknown:
            parts.append(hex(unknown))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return int.__format__(self, format_spec)

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(~int(self))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        return iter([m for m in type(self) if value & m])

    def __len__(self):
        return int(self).bit_count()


def _define_flags(cls, definitions):
    """Make the members of `cls` from (names, value) pairs, in definition order."""
    cls._members_ = {}
    cls._names_ = {}
    cls._by_value_ = {}
    cls._canonical_ = []
    cls._all_bits_ = 0
    for names, value in definitions:
        member = int.__new__(cls, value)
        cls._by_value_[value] = member
        # A member's name is its first one; the single-letter ones are aliases.
        cls._names_[value] = names[0]
        if value:
            cls._canonical_.append(member)
            cls._all_bits_ |= value
        for name in names:
            cls._members_[name] = member
            setattr(cls, name, member)


_define_flags(RegexFlag, [
    (('NOFLAG',), 0),
    (('ASCII', 'A'), _constants.SRE_FLAG_ASCII),
    (('IGNORECASE', 'I'), _constants.SRE_FLAG_IGNORECASE),
    (('LOCALE', 'L'), _constants.SRE_FLAG_LOCALE),
    (('UNICODE', 'U'), _constants.SRE_FLAG_UNICODE),
    (('MULTILINE', 'M'), _constants.SRE_FLAG_MULTILINE),
    (('DOTALL', 'S'), _constants.SRE_FLAG_DOTALL),
    (('VERBOSE', 'X'), _constants.SRE_FLAG_VERBOSE),
    (('TEMPLATE', 'T'), _constants.SRE_FLAG_TEMPLATE),
    (('DEBUG',), _constants.SRE_FLAG_DEBUG),
])
globals().update(RegexFlag._members_)


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made. repl can be either a string or a
    callable; if a string, backslash escapes in it are processed.
    If it is a callable, it's passed the Match object and must
    return a replacement string to be used."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    warnings = _warnings()
    if warnings is None:
        return _compile(pattern, flags | T)
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        # The flag's own warning would repeat this one.
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | T)

# Each special character, and white space (which re.VERBOSE ignores), is
# escaped with a backslash.
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    text = str(pattern, 'latin1')
    return text.translate(_special_chars_map).encode('latin1')

Pattern = type(_sre.compile('', 0))
Match = type(_sre.compile('', 0).match(''))


# --------------------------------------------------------------------
# internals

# Compiled patterns by (type(pattern), pattern, flags), oldest first.
_cache = {}

_MAXCACHE = 512

def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        warnings = _warnings()
        if warnings is not None:
            warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                          "as it is an undocumented flag "
                          "without an obvious purpose. "
                          "Don't use it.",
                          DeprecationWarning)
    p = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            # The cache is full: the oldest pattern makes room.
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p

def _warnings():
    # The warnings module, or None where pyheap runs without it.
    try:
        import warnings
    except ImportError:
        return None
    return warnings

# register myself for pickling

def _pickle(p):
    return _compile, (p.pattern, p.flags)

copyreg.pickle(Pattern, _pickle, _compile)


# --------------------------------------------------------------------
# experimental stuff (see python-dev discussions for details)

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One alternative per phrase, each in a group of its own: the group
        # that closes last (lastindex) tells which phrase matched.
        alternatives = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            group += 1 + compile(phrase, flags).groups
            alternatives.append(phrase)
        if alternatives and isinstance(alternatives[0], bytes):
            source = b'|'.join(b'(' + p + b')' for p in alternatives)
        else:
            source = '|'.join('(' + p + ')' for p in alternatives)
        self.scanner = compile(source, flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
