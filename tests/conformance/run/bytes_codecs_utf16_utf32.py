# UTF-16 and UTF-32: byte order marks, surrogate pairs, and their decoding errors.
text = "aé€😀"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = text.encode(enc)
    print(enc, data.hex(" "), data.decode(enc) == text)
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), "x".encode("utf-32").hex())
bad = [b"abc", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\xff\xfe\x00\xd8", b"\x00\xd8a"]
for data in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogatepass"):
        try:
            print(errors, ascii(data.decode("utf-16-le", errors)))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
for data in (b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"a\x00\x00"):
    try:
        data.decode("utf-32-le")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(ascii(data.decode("utf-32-le", "replace")))
for errors in ("strict", "replace", "surrogatepass", "surrogateescape", "xmlcharrefreplace"):
    try:
        print(errors, "a\ud800b".encode("utf-16-le", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e, e.start, e.end)
try:
    b"x".decode("utf-16-le", "nonsense-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
