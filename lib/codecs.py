"""Codecs by name: encode() and decode(), the registry of codec search
functions (register, unregister, lookup), the base classes of codecs
(Codec, StreamWriter, StreamReader, CodecInfo) and the character mapping
codec's functions (charmap_encode, charmap_decode), with which a program
defines its own codecs.  The text encodings built into pyheap (those
str.encode and bytes.decode know) are found before any registered one."""

import _codecs
from _codecs import register, unregister, _forget_codec

__all__ = ["register", "lookup", "unregister", "encode", "decode",
           "CodecInfo", "Codec", "StreamWriter", "StreamReader",
           "charmap_encode", "charmap_decode", "make_identity_dict",
           "make_encoding_map", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8",
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


class CodecInfo(tuple):
    """What lookup() returns for an encoding: the codec's encode and decode
    functions and stream classes, as a 4-tuple with named attributes."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


def _builtin_functions(module):
    # The (str, errors) -> (bytes, consumed) and (bytes-like, errors) ->
    # (str, consumed) functions of a codec built into str and bytes.
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (module, type(input).__name__))
        return input.encode(module, errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(memoryview(input))
        return data.decode(module, errors), len(data)
    encode.__qualname__ = encode.__name__ = module + '_encode'
    decode.__qualname__ = decode.__name__ = module + '_decode'
    return encode, decode


_builtin_infos = {}


def lookup(encoding):
    """The CodecInfo of an encoding (LookupError for an unknown one)."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    module = _codecs._builtin_codec(encoding)
    if module is None:
        return _codecs.lookup(encoding)
    key = _codecs._normalize(encoding)
    info = _builtin_infos.get(key)
    if info is None:
        encode, decode = _builtin_functions(module)
        # The name is the one the encodings package's module gives.
        name = 'iso8859-1' if module == 'latin_1' else module.replace('_', '-')
        info = _builtin_infos[key] = CodecInfo(encode, decode, name=name)
    return info


def _call_codec(function, obj, errors, what):
    result = function(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)" if what == 'encode'
                        else "decoder must return a tuple (object,integer)")
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the named codec (for a text encoding, str to bytes)."""
    if _codecs._builtin_codec(encoding) is not None:
        if not isinstance(obj, str):
            raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
        return obj.encode(encoding, errors)
    return _call_codec(lookup(encoding)[0], obj, errors, 'encode')


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the named codec (for a text encoding, bytes to str)."""
    if _codecs._builtin_codec(encoding) is not None:
        if not isinstance(obj, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
        return bytes(obj).decode(encoding, errors)
    return _call_codec(lookup(encoding)[1], obj, errors, 'decode')


class Codec:
    """The interface of a stateless codec: encode(input, errors) and
    decode(input, errors), each returning (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class StreamWriter(Codec):
    """Writes objects, encoded with the codec's encode(), to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        # Everything else is the stream's.
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads from a stream and decodes with the codec's decode(); bytes that
    end in the middle of a character wait for the next read."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''

    def read(self, size=-1):
        """Decode up to size bytes more of the stream (all of it when size is
        negative)."""
        new = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + new
        if not data:
            return ''
        try:
            text, consumed = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            # An incomplete character at the end of what was read, when the
            # stream has more: decode what precedes it, keep it for later.
            if not new or size < 0:
                raise
            text, consumed = self.decode(data[:exc.start], self.errors)
        self.bytebuffer = data[consumed:]
        return text

    def readlines(self):
        return self.read().splitlines(keepends=True)

    def reset(self):
        self.bytebuffer = b''

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# -------------------------------------------------------- character maps

def make_identity_dict(rng):
    """A dict mapping each number of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; a target reached from two keys maps to
    None (undefined)."""
    inverse = {}
    for key, value in decoding_map.items():
        inverse[value] = key if value not in inverse else None
    return inverse


_HANDLERS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass')


def _check_handler(errors):
    if errors not in _HANDLERS:
        raise LookupError("unknown error handler name %r" % errors)


def _decode_mapped(mapping, byte):
    # The text a byte decodes to, or None when the mapping leaves it undefined.
    try:
        value = mapping[byte]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 0x110000:
            raise TypeError("character mapping must be in range(0x110000)")
        return None if value == 0xfffe else chr(value)
    if isinstance(value, str):
        return None if value == '\ufffe' else value
    raise TypeError("character mapping must return integer, None or str")


def charmap_decode(data, errors=None, mapping=None):
    """Decode the bytes-like data through mapping (a str indexed by byte,
    or a mapping from byte to code point, str or None); returns (str,
    len(data)).  Without a mapping, each byte is the code point (Latin-1)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(memoryview(data))
    if errors is None:
        errors = 'strict'
    if mapping is None:
        return data.decode('latin-1'), len(data)
    out = []
    for pos, byte in enumerate(data):
        text = _decode_mapped(mapping, byte)
        if text is not None:
            out.append(text)
            continue
        _check_handler(errors)
        if errors == 'ignore':
            continue
        if errors == 'replace':
            out.append('\ufffd')
        elif errors == 'backslashreplace':
            out.append('\\x%02x' % byte)
        elif errors == 'surrogateescape' and byte >= 128:
            out.append(chr(0xdc00 + byte))
        elif errors in ('xmlcharrefreplace', 'namereplace'):
            raise TypeError("don't know how to handle UnicodeDecodeError in error callback")
        else:
            raise UnicodeDecodeError('charmap', data, pos, pos + 1,
                                     'character maps to <undefined>')
    return ''.join(out), len(data)


def _encode_mapped(mapping, char):
    # The bytes a character encodes to, or None when the mapping leaves it undefined.
    try:
        value = mapping[ord(char)]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((value,))
    if isinstance(value, bytes):
        return value
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(value).__name__)


def _replacement(errors, char):
    # The text an encoding error handler puts for one unencodable character.
    code = ord(char)
    if errors == 'replace':
        return '?'
    if errors == 'xmlcharrefreplace':
        return '&#%d;' % code
    if errors == 'backslashreplace':
        if code < 0x100:
            return '\\x%02x' % code
        return '\\u%04x' % code if code < 0x10000 else '\\U%08x' % code
    import unicodedata
    name = unicodedata.name(char, None)
    if name is not None:
        return '\\N{%s}' % name
    return _replacement('backslashreplace', char)


def charmap_encode(str, errors=None, mapping=None):
    """Encode str through mapping (from code point to a byte value, bytes or
    None); returns (bytes, len(str)).  Without a mapping, Latin-1."""
    if not isinstance(str, type('')):
        raise TypeError("charmap_encode() argument 1 must be str, not %s" % type(str).__name__)
    if errors is None:
        errors = 'strict'
    if mapping is None:
        return str.encode('latin-1', errors), len(str)
    out = []
    pos = 0
    while pos < len(str):
        data = _encode_mapped(mapping, str[pos])
        if data is not None:
            out.append(data)
            pos += 1
            continue
        # The run of characters the mapping does not have fails together.
        end = pos + 1
        while end < len(str) and _encode_mapped(mapping, str[end]) is None:
            end += 1
        _check_handler(errors)
        failed = False
        if errors in ('strict', 'surrogatepass'):
            failed = True
        elif errors == 'surrogateescape':
            if all(0xdc80 <= ord(c) <= 0xdcff for c in str[pos:end]):
                out.append(bytes(ord(c) - 0xdc00 for c in str[pos:end]))
            else:
                failed = True
        elif errors != 'ignore':
            for char in str[pos:end]:
                for rchar in _replacement(errors, char):
                    data = _encode_mapped(mapping, rchar)
                    if data is None:
                        failed = True
                        break
                    out.append(data)
                if failed:
                    break
        if failed:
            raise UnicodeEncodeError('charmap', str, pos, end,
                                     'character maps to <undefined>')
        pos = end
    return b''.join(out), len(str)
