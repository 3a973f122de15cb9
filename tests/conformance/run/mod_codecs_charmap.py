# The character mapping codec's functions, and a codec built on them
# (as the encodings package's cp* modules are) used through the registry.
import codecs
import io

print(codecs.charmap_decode(b'\x00\x02\x01', 'strict', 'xyz'), codecs.charmap_decode(b'ab'))
for args in [(b'\x05', 'strict', 'xy'), (b'\x00\x01', 'strict', {1: None}), (b'\x01', 'replace', {1: 0xFFFE}),
             (b'\x01', 'strict', {1: 2.0}), (b'\x01', 'strict', {1: 0x110000}), (b'\x01\x02', 'ignore', {2: 'ab'}),
             (b'\x01', 'backslashreplace', {}), (b'\x01\x90', 'surrogateescape', {1: 'o'}), (b'\x01', 'bogus', {}),
             (b'\x00\x01', 'replace', 'x\ufffe'), (b'\x01', 'strict', [1]), ('ab', 'strict', None),
             (memoryview(b'\x00'), 'strict', 'q'), (bytearray(b'\x00'), 'xmlcharrefreplace', {})]:
    try:
        print(codecs.charmap_decode(*args))
    except Exception as ex:
        print(type(ex).__name__, ex)
digits = {ord(c): ord(c) for c in '&#;0123456789a\\xe'}
for args in [('ab', 'strict', {97: 1, 98: b'xy'}), ('abcd', 'strict', {97: 1, 100: 4}), ('abc', 'replace', {97: 1, 63: 2}),
             ('abc', 'replace', {97: 1}), ('ab', 'strict', {97: 300}), ('ab', 'strict', {97: 'x'}),
             ('a\xe9', 'xmlcharrefreplace', digits), ('\xe9', None, None), ('ab', 'ignore', {97: None}),
             ('a\xe9', 'backslashreplace', digits), ('ab', 'bogus', {}), (b'a', 'strict', {}),
             ('a\udc90', 'surrogateescape', {97: 97}), ('\u0100', 'strict', None)]:
    try:
        print(codecs.charmap_encode(*args))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))

decoding_map = codecs.make_identity_dict(range(128))
decoding_map.update({0x80: 0x20ac, 0x81: None})
encoding_map = codecs.make_encoding_map(decoding_map)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_map)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_map)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


codecs.register(lambda name: (Codec().encode, Codec().decode, None, StreamWriter) if name == 'euro7' else None)
print('5\u20ac'.encode('euro7'), str(b'9\x80', 'euro7'), b'\x81x'.decode('euro7', 'replace'))
try:
    b'\x81'.decode('euro7')
except UnicodeDecodeError as e:
    print(e)
buf = io.BytesIO()
w = StreamWriter(buf)
w.write('1\u20ac')
w.writelines(['a', 'b'])
print(buf.getvalue(), w.getvalue() == buf.getvalue())
