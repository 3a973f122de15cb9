# io.StringIO: write, read, seek, getvalue, readline(s), iteration.
import io
buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world\n"), buf.tell())
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()), repr(buf.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines(), list(io.StringIO("x\ny\n")), s.closed)
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
w = io.StringIO("initial")
w.seek(0, io.SEEK_END)
w.write("+more")
print(w.getvalue(), w.truncate(3), w.getvalue())
print(io.StringIO("abc").read(2), io.StringIO(newline=None).newlines)
with io.StringIO() as f:
    print("to file", 1, sep="|", file=f)
    print(repr(f.getvalue()))
