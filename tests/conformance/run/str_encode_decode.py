# encode/decode with errors handlers.
s = "héllo €😀"
for enc in ("utf-8", "utf-16", "utf-16-be", "latin-1", "ascii", "cp1252"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
data = b"caf\xe9 \xff ok"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print("abc".encode(), str(b"abc", "ascii"), str(b"\xe9", "latin-1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
