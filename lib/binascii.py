"""Conversions between binary data and ASCII encodings: base64, hex and CRCs."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# byte -> 6-bit value, or 255 for a byte outside the alphabet.
_B64_VALUES = bytearray(b'\xff' * 256)
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUES[_c] = _i
_B64_VALUES = bytes(_B64_VALUES)
_HEX_VALUES = bytearray(b'\xff' * 256)
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUES[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEX_VALUES[_c] = _i + 10
_HEX_VALUES = bytes(_HEX_VALUES)
del _i, _c


def _ascii_data(data):
    # The a2b functions take bytes-like objects and ASCII-only strings.
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _binary_data(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad = 0        # position within the current group of four characters
    acc = 0         # bits carried over to the next byte
    pads = 0        # '=' seen since the last data character
    padding = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUES[c]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            acc = v
            quad = 1
        elif quad == 1:
            out.append(((acc << 2) | (v >> 4)) & 0xFF)
            acc = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((acc << 4) | (v >> 2)) & 0xFF)
            acc = v & 0x03
            quad = 3
        else:
            out.append(((acc << 6) | v) & 0xFF)
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    """Base64-code binary data, with a trailing newline unless newline is false."""
    data = _binary_data(data)
    alphabet = _B64_ALPHABET
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        w = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[w >> 18], alphabet[(w >> 12) & 63],
                      alphabet[(w >> 6) & 63], alphabet[w & 63]))
    rest = n - full
    if rest == 1:
        w = data[full] << 16
        out += bytes((alphabet[w >> 18], alphabet[(w >> 12) & 63], 61, 61))
    elif rest == 2:
        w = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[w >> 18], alphabet[(w >> 12) & 63], alphabet[(w >> 6) & 63], 61))
    if newline:
        out.append(10)
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data, optionally grouped by sep."""
    data = _binary_data(data)
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data, optionally grouped by sep."""
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    """The binary data of a string of hexadecimal digits (the inverse of b2a_hex)."""
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    digits = _HEX_VALUES
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        hi = digits[hexstr[i]]
        lo = digits[hexstr[i + 1]]
        if hi > 15 or lo > 15:
            raise Error('Non-hexadecimal digit found')
        out.append(hi << 4 | lo)
    return bytes(out)


def unhexlify(hexstr, /):
    """The binary data of a string of hexadecimal digits (the inverse of hexlify)."""
    return a2b_hex(hexstr)


def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _make_crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = _make_crc32_table()
_CRC_HQX = _make_crc_hqx_table()


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    data = _binary_data(data)
    table = _CRC32
    c = ~crc & 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return ~c & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XModem) of data, continuing from crc."""
    data = _binary_data(data)
    table = _CRC_HQX
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c
