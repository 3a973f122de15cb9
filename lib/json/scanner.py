"""JSON token scanner: make_scanner(context) is the native scanner, reading
its options (strict, object_hook, object_pairs_hook, parse_float, parse_int,
parse_constant) from the decoder it is made for.
"""
import re
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))

make_scanner = c_make_scanner
