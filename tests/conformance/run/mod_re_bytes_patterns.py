# bytes patterns on bytes and bytearray, and mixing str with bytes.
import re

data = b"key1=val1;key2=val2;flag"
print(re.findall(rb"(\w+)=(\w+)", data), re.split(rb";", data, maxsplit=1))
print(re.sub(rb"\d", b"#", data), re.subn(rb"(\w+)=", rb"<\1>", data))
m = re.search(rb"(?P<k>key\d)=(?P<v>\w+)", data)
print(m, m.group("v"), m.groupdict(), m.expand(rb"\g<v>\g<k>"))
ba = bytearray(b"abc123")
m2 = re.match(rb"([a-z]+)(\d+)", ba)
print(m2.group(1), type(m2.string).__name__, m2.expand(rb"\2-\1"))
print(re.sub(rb"[a-z]", lambda mm: mm.group().upper(), ba), re.findall(b".", bytearray(b"xy")))
print(re.escape(b"a.b*c?"), re.match(rb"\xff+", b"\xff\xff\x00"))
print(re.compile(rb"[\x80-\xff]", re.I).findall(b"\xc9\xe9 \x80"))
for f in (lambda: re.match(rb"a", "a"), lambda: re.match("a", b"a"), lambda: re.sub(rb"a", "x", b"a"),
          lambda: re.sub("a", b"x", "a"), lambda: re.compile(b"a", re.U), lambda: re.match("a", 1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(re.sub(b"a", b"", b"aaa"), re.sub(b"x", b"y", b""), re.split(b"(,)", b"1,2"))
