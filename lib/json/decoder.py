"""Implementation of JSONDecoder
"""
import re

from json import scanner
try:
    from _json import scanstring as c_scanstring
except ImportError:
    # Without the native module (blocked, as tests of the pure path do) the
    # functions below do the decoding.
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """The error of a document that is not JSON: a ValueError whose message
    says where, with the parts as attributes (msg, the document doc, the
    index pos into it, and the lineno and colno of pos).
    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

# A run of ordinary characters, then what ends it: the closing quote, a
# backslash, or a control character.
STRINGCHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _hex4(s, pos):
    # The code unit of the \uXXXX escape whose 'u' is at s[pos].
    digits = s[pos + 1:pos + 5]
    # Four characters that int() reads in base 16, but not a '0x' prefix.
    if len(digits) == 4 and digits[1] not in 'xX':
        try:
            return int(digits, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is s[end - 1].

    Returns the str and the index just past the closing quote.  Escapes are
    replaced (a pair of \\u escapes that make a surrogate pair becomes one
    character); a control character in the string is an error unless
    strict is false.
    """
    begin = end - 1
    parts = []
    while True:
        m = STRINGCHUNK.match(s, end)
        if m is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        text, stop = m.groups()
        end = m.end()
        if text:
            parts.append(text)
        if stop == '"':
            return ''.join(parts), end
        if stop != '\\':
            if strict:
                raise JSONDecodeError(
                    "Invalid control character {0!r} at".format(stop), s, end)
            parts.append(stop)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc == 'u':
            code = _hex4(s, end)
            end += 5
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _hex4(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    end += 6
            parts.append(chr(code))
        else:
            char = BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError(
                    "Invalid \\escape: {0!r}".format(esc), s, end)
            parts.append(char)
            end += 1


scanstring = c_scanstring or py_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def _skip_ws(s, end, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    # The index of the first non-white-space character at or after end.
    if s[end:end + 1] in _ws:
        end = _w(s, end).end()
    return end


def _value(s, end, scan_once):
    try:
        return scan_once(s, end)
    except StopIteration as err:
        raise JSONDecodeError("Expecting value", s, err.value) from None


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Decode the members of the JSON object whose '{' is just before
    s_and_end[1]; returns the object (after the hooks) and the index past
    its '}'.  memo shares equal keys between the objects of one document."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = _skip_ws(s, end)
    if s[end:end + 1] == '}':
        end += 1
    else:
        while True:
            if s[end:end + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            value, end = _value(s, _skip_ws(s, end + 1), scan_once)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            sep = s[end:end + 1]
            if sep == '}':
                end += 1
                break
            if sep != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, end


def JSONArray(s_and_end, scan_once):
    """Decode the items of the JSON array whose '[' is just before
    s_and_end[1]; returns the list and the index past its ']'."""
    s, end = s_and_end
    values = []
    end = _skip_ws(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        value, end = _value(s, end, scan_once)
        values.append(value)
        end = _skip_ws(s, end)
        sep = s[end:end + 1]
        if sep == ']':
            return values, end + 1
        if sep != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end)
        end = _skip_ws(s, end + 1)


class JSONDecoder(object):
    """A JSON <https://json.org> decoder: objects become dicts, arrays
    lists, strings str, numbers int or float, true/false/null True, False
    and None; NaN, Infinity and -Infinity (not JSON, but common) become
    the float values.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        """The hooks replace what decoding makes of objects (object_hook:
        called with each dict; object_pairs_hook: with each object's list of
        (key, value) pairs, and winning over object_hook), of numbers
        (parse_float, parse_int: called with their text) and of NaN,
        Infinity and -Infinity (parse_constant).  With strict false, control
        characters are allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The value of the JSON document ``s`` (a str), which may have white
        space around it but nothing else."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document starting at ``s[idx]`` and the
        index where it ends, as (value, end); what follows is not read."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
