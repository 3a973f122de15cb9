"""The codec functions that work on any object: encode() and decode() by
encoding name (the text encodings str.encode and bytes.decode know)."""

__all__ = ["encode", "decode", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8",
           "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
           "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE"]

# The byte order marks: U+FEFF as each encoding writes it.  pyheap runs on
# little-endian machines only (sys.byteorder is 'little'), so the native
# marks are the little-endian ones.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the named codec (str to bytes)."""
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the named codec (bytes to str)."""
    if not isinstance(obj, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
    return bytes(obj).decode(encoding, errors)
