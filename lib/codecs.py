"""The codec functions that work on any object: encode() and decode() by
encoding name (the text encodings str.encode and bytes.decode know)."""

__all__ = ["encode", "decode"]


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
