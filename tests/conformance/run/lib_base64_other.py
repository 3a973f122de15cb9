# Base32, Base32hex, Base16, Ascii85 and Base85, with their errors.
import base64 as B

for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"\0\0\0\0ab", b"    !"]:
    print(B.b32encode(d), B.b32hexencode(d), B.b16encode(d))
    print(B.a85encode(d), B.a85encode(d, foldspaces=True, adobe=True, wrapcol=6), B.b85encode(d), B.b85encode(d, pad=True))
    assert B.b32decode(B.b32encode(d)) == d and B.b32hexdecode(B.b32hexencode(d)) == d
    assert B.a85decode(B.a85encode(d)) == d and B.b85decode(B.b85encode(d)) == d and B.b16decode(B.b16encode(d)) == d
print(B.b32decode("mzxw6===", casefold=True), B.b32decode("0I======", map01=b"L"), B.b16decode("0a", True))
print(B.a85decode(b"<~9jqo^~>", adobe=True), B.a85decode(b"s8W-!s8W-!"), B.a85decode("y", foldspaces=True))
tests = ['B.b32decode("MZXW6")', 'B.b32decode("MZXW6!==")', 'B.b32decode("M=======")', 'B.b16decode("0a")',
         'B.a85decode("abc~")', 'B.a85decode("az")', 'B.a85decode("<~abc", adobe=True)', 'B.b85decode("|||||")',
         'B.b85decode("ab\\"")', 'B.b16decode("0g")']
for t in tests:
    try:
        print(eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
