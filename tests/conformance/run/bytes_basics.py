# bytes: literals, indexing gives ints, slicing gives bytes, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(list(b[:3]), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), bytes(range(5)))
print(b"a" + b"b", b"ab" * 3, b"ell" in b, 104 in b, b"" in b)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), b"\x7f\x80")
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", hash(b"abc") == hash(b"abc"))
for op in (lambda: b"a" + "b", lambda: b[10], lambda: bytes([256]), lambda: bytes("x"),
           lambda: b"a" * 1.5, lambda: bytes.fromhex("zz"), lambda: b"x"[0:1] < "x"):
    try:
        op()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
