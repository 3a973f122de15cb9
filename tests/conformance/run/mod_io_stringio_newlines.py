# StringIO's newline modes, positions in code points, and its errors.
import io

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines if nl in (None, '') else '-')
s = io.StringIO(newline=None)
s.write('x\r'); print(s.newlines); s.write('\ny\n'); print(s.newlines, repr(s.getvalue()))
s = io.StringIO('héllo 𝄞 wörld')
print(s.read(7), s.tell(), s.read(), s.tell(), s.seek(3), s.read(2), s.tell())
s.seek(20); s.write('!'); print(repr(s.getvalue()), s.tell())
s.seek(0); print(s.write('HE'), s.getvalue()[:6], s.truncate(4), repr(s.getvalue()), s.tell())
lines = io.StringIO('one\ntwo\nthree')
print(next(lines), lines.readline(2), lines.readline(), list(lines), lines.readline())
print(io.StringIO('a\nbb\nccc\n').readlines(3), io.StringIO().read(), io.StringIO('xyz').read(-1))
w = io.StringIO()
w.writelines(['a', 'b\n', 'c']); print(repr(w.getvalue()), w.seekable(), w.isatty(), w.line_buffering)
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for call in ['io.StringIO(1)', "io.StringIO('a', newline='x')", "io.StringIO('a', 'b', 'c')", 'io.StringIO().write(1)',
             'io.StringIO().seek(-1)', 'io.StringIO().seek(1, 1)', 'io.StringIO().seek(0, 3)', 'io.StringIO().truncate(-1)',
             'io.StringIO().fileno()', 'c.read()', 'c.getvalue()', 'c.closed', 'io.StringIO().writelines([1])',
             "isinstance(io.StringIO(), io.TextIOBase)", 'issubclass(io.UnsupportedOperation, ValueError)',
             "io.StringIO('q', newline=None).newlines", 'c.__enter__()']:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
