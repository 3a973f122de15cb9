# io.TextIOWrapper over BytesIO: encodings and newlines.
import io
raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
text.write("line1\nline2\n")
text.flush()
print(raw.getvalue())
text2 = io.TextIOWrapper(io.BytesIO("héllo\r\nworld".encode("latin-1")), encoding="latin-1")
print(text2.read().splitlines(), text2.encoding)
t3 = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc\n"), encoding="ascii", newline=None)
print(repr(t3.read()), t3.newlines)
t4 = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8", errors="replace")
print(repr(t4.read()))
