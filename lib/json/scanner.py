"""JSON token scanner: make_scanner(context) returns the function that
decodes the JSON value starting at an index of a string, reading its options
(strict, object_hook, object_pairs_hook, parse_float, parse_int,
parse_constant, memo) from the decoder it is made for.  The native scanner
of _json is used when that module can be imported; py_make_scanner is the
same scanner in Python.
"""
import re
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))

# The words that are values, with the length of each.
_CONSTANT_WORDS = (('NaN', 3), ('Infinity', 8), ('-Infinity', 9))


def py_make_scanner(context):
    """scan_once(string, idx) for the decoder context: the value that starts
    at string[idx] and the index just past it, or StopIteration(idx) when no
    value starts there."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def scan(string, idx):
        try:
            first = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if first == '"':
            return parse_string(string, idx + 1, strict)
        if first == '{':
            return parse_object((string, idx + 1), strict, scan,
                                object_hook, object_pairs_hook, memo)
        if first == '[':
            return parse_array((string, idx + 1), scan)
        if first == 'n' and string.startswith('null', idx):
            return None, idx + 4
        if first == 't' and string.startswith('true', idx):
            return True, idx + 4
        if first == 'f' and string.startswith('false', idx):
            return False, idx + 5
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac is None and exp is None:
                return parse_int(integer), m.end()
            return parse_float(integer + (frac or '') + (exp or '')), m.end()
        for word, size in _CONSTANT_WORDS:
            if string.startswith(word, idx):
                return parse_constant(word), idx + size
        raise StopIteration(idx)

    def scan_once(string, idx):
        # The memo shares keys within one document only.
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
