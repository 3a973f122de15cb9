"""Serialize values in CPython's marshal format (the format of .pyc files
and of pstats' dump files).

Supports None, bool, int, float, complex, str, bytes, tuple, list, dict,
set, frozenset, Ellipsis and StopIteration; code objects are not supported.
loads() reads every version of the format, references included, so files
written by CPython load here; dumps() writes no references and marks no
string interned, so its bytes can differ from CPython's for the same value
(CPython decides that from reference counts), while CPython loads them to
equal values.
"""

import struct

__all__ = ['dump', 'load', 'dumps', 'loads', 'version']

version = 4

_FLAG_REF = 0x80


def dumps(value, version=version, /):
    out = []
    _write(value, out, version)
    return b''.join(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


def _write_int(v, out):
    if -2 ** 31 <= v < 2 ** 31:
        out.append(b'i' + struct.pack('<i', v))
        return
    # Base 2**15 digits, least significant first, after a signed count.
    digits = []
    magnitude = -v if v < 0 else v
    while magnitude:
        digits.append(magnitude & 0x7fff)
        magnitude >>= 15
    out.append(b'l' + struct.pack('<i', -len(digits) if v < 0 else len(digits)))
    out.append(struct.pack('<%dH' % len(digits), *digits))


def _write(v, out, version):
    t = type(v)
    if v is None:
        out.append(b'N')
    elif v is False:
        out.append(b'F')
    elif v is True:
        out.append(b'T')
    elif v is StopIteration:
        out.append(b'S')
    elif v is Ellipsis:
        out.append(b'.')
    elif t is int:
        _write_int(v, out)
    elif t is float:
        if version > 1:
            out.append(b'g' + struct.pack('<d', v))
        else:
            text = repr(v).encode()
            out.append(b'f' + bytes([len(text)]) + text)
    elif t is complex:
        if version > 1:
            out.append(b'y' + struct.pack('<dd', v.real, v.imag))
        else:
            for part in (v.real, v.imag):
                text = repr(part).encode()
                out.append((b'x' if part is v.real else b'') + bytes([len(text)]) + text)
    elif t is str:
        if version >= 4 and v.isascii():
            data = v.encode('ascii')
            if len(data) < 256:
                out.append(b'z' + bytes([len(data)]) + data)
            else:
                out.append(b'a' + struct.pack('<i', len(data)) + data)
        else:
            data = v.encode('utf-8', 'surrogatepass')
            out.append(b'u' + struct.pack('<i', len(data)) + data)
    elif t is bytes or t is bytearray:
        out.append(b's' + struct.pack('<i', len(v)) + bytes(v))
    elif t is tuple:
        if version >= 4 and len(v) < 256:
            out.append(b')' + bytes([len(v)]))
        else:
            out.append(b'(' + struct.pack('<i', len(v)))
        for item in v:
            _write(item, out, version)
    elif t is list:
        out.append(b'[' + struct.pack('<i', len(v)))
        for item in v:
            _write(item, out, version)
    elif t is dict:
        out.append(b'{')
        for key, item in v.items():
            _write(key, out, version)
            _write(item, out, version)
        out.append(b'0')
    elif t is set or t is frozenset:
        out.append((b'<' if t is set else b'>') + struct.pack('<i', len(v)))
        for item in v:
            _write(item, out, version)
    else:
        raise ValueError('unmarshallable object')


def loads(data, /):
    reader = _Reader(bytes(data))
    return reader.read()


def load(file, /):
    return loads(file.read())


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError('marshal data too short')
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def int32(self):
        return struct.unpack('<i', self.take(4))[0]

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError('EOF read where object expected')
        code = self.take(1)[0]
        flag = code & _FLAG_REF
        kind = chr(code & ~_FLAG_REF)
        if kind == 'r':
            index = struct.unpack('<I', self.take(4))[0]
            if index >= len(self.refs):
                raise ValueError('bad marshal data (invalid reference)')
            return self.refs[index]
        # A container that may refer to itself is registered before its items are read.
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        value = self.read_kind(kind, slot)
        if flag:
            self.refs[slot] = value
        return value

    def read_kind(self, kind, slot):
        simple = {'N': None, 'F': False, 'T': True, 'S': StopIteration, '.': Ellipsis}
        if kind in simple:
            return simple[kind]
        if kind == 'i':
            return self.int32()
        if kind == 'l':
            n = self.int32()
            digits = struct.unpack('<%dH' % abs(n), self.take(2 * abs(n)))
            v = 0
            for d in reversed(digits):
                v = (v << 15) | d
            return -v if n < 0 else v
        if kind == 'g':
            return struct.unpack('<d', self.take(8))[0]
        if kind == 'f':
            return float(self.take(self.take(1)[0]).decode())
        if kind == 'y':
            re_, im = struct.unpack('<dd', self.take(16))
            return complex(re_, im)
        if kind == 'x':
            re_ = float(self.take(self.take(1)[0]).decode())
            return complex(re_, float(self.take(self.take(1)[0]).decode()))
        if kind in 'zZ':
            return self.take(self.take(1)[0]).decode('ascii')
        if kind in 'aA':
            return self.take(self.int32()).decode('ascii')
        if kind in 'ut':
            return self.take(self.int32()).decode('utf-8', 'surrogatepass')
        if kind == 's':
            return self.take(self.int32())
        if kind in ')(':
            n = self.take(1)[0] if kind == ')' else self.int32()
            return tuple(self.read() for _ in range(n))
        if kind == '[':
            result = []
            if slot is not None:
                self.refs[slot] = result
            for _ in range(self.int32()):
                result.append(self.read())
            return result
        if kind == '{':
            result = {}
            if slot is not None:
                self.refs[slot] = result
            while self.data[self.pos:self.pos + 1] != b'0':
                key = self.read()
                result[key] = self.read()
            self.pos += 1
            return result
        if kind in '<>':
            items = [self.read() for _ in range(self.int32())]
            return set(items) if kind == '<' else frozenset(items)
        raise ValueError('bad marshal data (unknown type code)')
