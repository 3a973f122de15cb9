"""Implementation of JSONEncoder
"""
import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import encode_basestring as c_encode_basestring
    from _json import make_encoder as c_make_encoder
    from _json import _make_pyencoder
except ImportError:
    # Without the native module (blocked, as tests of the pure path do) the
    # Python functions below do the encoding.
    c_encode_basestring_ascii = c_encode_basestring = None
    c_make_encoder = _make_pyencoder = None

INFINITY = float('inf')

# What a JSON string cannot hold as it is: the quote, the backslash and the
# control characters; with ensure_ascii, also every non-ASCII character.
ESCAPE = re.compile(r'[\x00-\x1f\\"]')
ESCAPE_ASCII = re.compile(r'[^\ -!#-\[\]-~]')
ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
              '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    ESCAPE_DCT.setdefault(chr(_code), '\\u%04x' % _code)
del _code


def _escape(match):
    return ESCAPE_DCT[match.group()]


def _escape_ascii(match):
    char = match.group()
    text = ESCAPE_DCT.get(char)
    if text is not None:
        return text
    code = ord(char)
    if code <= 0xffff:
        return '\\u%04x' % code
    # Outside the BMP: the UTF-16 surrogate pair.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def py_encode_basestring(s):
    """The JSON string of the str s (non-ASCII characters kept as they are)."""
    return '"' + ESCAPE.sub(_escape, s) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string of the str s, in ASCII only (\\u escapes)."""
    return '"' + ESCAPE_ASCII.sub(_escape_ascii, s) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dicts become objects, lists and tuples arrays, str strings, int and
    float (and their subclasses, such as IntEnum) numbers, True, False and
    None true, false and null.  A subclass extends it by overriding
    default(), which returns a serializable object for any other one (or
    calls the base default(), which raises TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """The options are those of json.dumps().  Without separators, an
        indent makes the item separator ',' (no trailing space)."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError (what
        this base method does).  Subclasses override it, e.g. to encode
        any iterable as a list::

            def default(self, o):
                try:
                    iterable = iter(o)
                except TypeError:
                    pass
                else:
                    return list(iterable)
                return super().default(o)
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode ``o``, yielding the JSON text piece by piece as it is
        made (for writing to a file or socket as it goes)."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot and c_make_encoder is not None:
            # The whole text at once: the native encoder makes it, as
            # CPython's C encoder (or, with an indent, its Python one) would.
            if self.indent is None:
                _iterencode = c_make_encoder(
                    markers, self.default, _encoder, self.indent,
                    self.key_separator, self.item_separator, self.sort_keys,
                    self.skipkeys, self.allow_nan)
            else:
                _iterencode = _make_pyencoder(
                    markers, self.default, _encoder, _indent_text(self.indent),
                    self.key_separator, self.item_separator, self.sort_keys,
                    self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent,
                _float_text(self.allow_nan), self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys)
        return _iterencode(o, 0)


def _indent_text(indent):
    # An indent is a string, or a number of spaces.
    return indent if isinstance(indent, str) else ' ' * indent


def _float_text(allow_nan):
    """The JSON text of a float: its repr, or JavaScript's name for a NaN or
    an infinity (a ValueError without allow_nan)."""
    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " + repr(o))
        return text
    return floatstr


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys):
    """The generator function that yields the JSON text of an object in
    pieces: a piece per scalar, per separator and per bracket."""
    if _indent is not None:
        _indent = _indent_text(_indent)
    _intstr = int.__repr__

    def _enter(o):
        # A container or default()'s argument being encoded: a cycle if
        # it is one of those it is nested in.
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def _leave(o):
        if markers is not None:
            del markers[id(o)]

    def _scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def _nested(o, level):
        if isinstance(o, (list, tuple)):
            return _iterencode_list(o, level)
        if isinstance(o, dict):
            return _iterencode_dict(o, level)
        return _iterencode(o, level)

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        _enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        _leave(lst)

    def _key_text(key):
        # The text of a dict key; None when skipkeys drops it.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        _enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            else:
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        _leave(dct)

    def _iterencode(o, level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            _enter(o)
            yield from _iterencode(_default(o), level)
            _leave(o)
    return _iterencode
