# codecs.register: search functions are asked, in order, for the encodings no
# built-in codec has; str.encode, bytes.decode, str(b, enc) and
# codecs.encode/decode then use the codec they return.
import codecs

asked = []


def rot_search(name):
    asked.append(name)
    if name != 'rot_13_text':
        return None
    def encode(s, errors='strict'):
        table = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
        return s.translate(table).encode('ascii', errors), len(s)
    def decode(b, errors='strict'):
        print('decoder got', type(b).__name__, bytes(b), errors)
        return encode(bytes(b).decode('ascii'), errors)[0].decode('ascii'), len(b)
    return codecs.CodecInfo(encode, decode, name='rot-13-text')


codecs.register(rot_search)
print('hello'.encode('Rot-13 Text'), b'uryyb'.decode('rot_13_text'), str(b'nop', 'ROT_13_TEXT', 'ignore'))
print(codecs.encode('abc', 'rot_13_text'), codecs.decode(b'nop', 'rot_13_text'))
info = codecs.lookup('rot-13-text')
print(info.name, type(info).__name__, len(info), info is codecs.lookup('rot_13_text'))
print(asked)
codecs.register(lambda name: (1, 2, 3) if name == 'three' else None)
codecs.register(lambda name: (lambda s, e='strict': s, lambda b, e='strict': (b, 1), None, None)
                if name == 'wrong' else None)
codecs.register(lambda name: codecs.CodecInfo(None, None, name='bin', _is_text_encoding=False)
                if name == 'binary' else None)
for call in (lambda: 'x'.encode('three'), lambda: 'x'.encode('wrong'), lambda: b'x'.decode('wrong'),
             lambda: 'x'.encode('binary'), lambda: b'x'.decode('binary'), lambda: 'x'.encode('nowhere'),
             lambda: codecs.lookup(42), lambda: codecs.register('not callable'), lambda: codecs.lookup('nowhere')):
    try:
        call()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
codecs.unregister(rot_search)
try:
    'x'.encode('rot_13_text')
except LookupError as e:
    print(e)
u = codecs.lookup('UTF8')
print(u.name, u.encode('h\xe9'), u.decode(b'h\xc3\xa9'), codecs.lookup('latin1').name, codecs.lookup('ascii').name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_LE)
