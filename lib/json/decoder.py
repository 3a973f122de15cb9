"""Implementation of JSONDecoder
"""
import re

from json import scanner
from _json import scanstring as c_scanstring

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

scanstring = c_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


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
