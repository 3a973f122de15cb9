"""Conversions between Python values and C structs represented as bytes.

The format's first character selects byte order, size and alignment:
'@' native (the default), '=' native order with standard sizes, '<'
little-endian, '>' and '!' big-endian."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
