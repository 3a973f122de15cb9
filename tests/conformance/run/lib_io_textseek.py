# TextIOWrapper.seek/tell over a file and a BytesIO, on a tempfile.TemporaryFile.
import tempfile, io, os
with tempfile.TemporaryFile("w+", encoding="utf-8", newline='') as f:
    print(f.write('a,b\r\nc,d\r\n'))
    print(f.tell())
    print(f.seek(0))
    print(repr(f.readline()), f.tell())
    print(repr(f.read()))
    f.seek(0, 2)
    f.write('x\n')
    f.seek(0)
    print(repr(f.read()))
    try:
        f.seek(3, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError:', e)
t = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode()), encoding='utf-8')
print(repr(t.readline()), t.tell(), t.seek(0), repr(t.read(3)))
