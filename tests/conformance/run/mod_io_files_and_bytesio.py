# open() in text and binary modes over a scratch file, and BytesIO.
import io

path = '/tmp/pyheap_io_conformance.txt'
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second\r\nthird'), f.writable(), f.readable(), f.mode, f.encoding)
with open(path) as f:
    print(f.readline(), repr(f.read(6)), repr(f.read()), repr(f.read()), f.newlines)
with open(path, newline='') as f:
    print(f.readlines())
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'rb') as f:
    data = f.read()
    print(data, f.tell(), f.seek(6), f.read(4), f.readline(), type(f).__name__, f.mode)
with open(path, 'wb') as f:
    print(f.write(b'\x00\xffbin'), type(f).__name__)
print(open(path, 'rb').read(), [line for line in open(path, encoding='latin-1')])
f = open(path, 'w', newline='\r\n')
f.write('x\ny\n'); f.flush()
print(open(path, 'rb').read()); f.close(); print(f.closed)
b = io.BytesIO(b'0123456789')
print(b.read(3), b.tell(), b.seek(-2, io.SEEK_END), b.read(), b.seek(2), b.write(b'AB'), b.getvalue())
print(b.seek(12), b.write(b'Z'), b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
print(io.BytesIO(b'l1\nl2\nl3').readlines(), list(io.BytesIO(b'a\nb')), io.BytesIO(b'abc').read1(2))
ba = bytearray(3); r = io.BytesIO(b'xy'); print(r.readinto(ba), ba, r.readinto(ba))
for call in ["open('/nonexistent/pyheap/x')", "open('/tmp')", "open(path, 'rx')", "open(path, 'rt', buffering=0)",
             "open(path, 'rb', encoding='utf-8')", "open(path, 'q')", 'open(3.5)', "open(path, 'wb').read()",
             "open(path).write('x')", "io.BytesIO('a')", "io.BytesIO().seek(-1)", "io.BytesIO().truncate(-1)",
             "io.BytesIO(b'ab').read(-5)", "io.TextIOWrapper(io.BytesIO(b'ab\\r\\ncd')).readlines()"]:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
