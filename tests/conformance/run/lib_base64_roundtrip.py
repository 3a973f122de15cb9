# Round trips of every encoding over bytes of every value and several lengths.
import base64

data = bytes(range(256))
for n in [0, 1, 2, 3, 4, 5, 31, 32, 33, 100, 256]:
    d = data[:n]
    e64, e32, e16, e85, ea85 = base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d), base64.a85encode(d)
    print(n, len(e64), len(e32), len(e16), len(e85), len(ea85), e64[-4:], e32[-8:], e85[-5:])
    assert base64.b64decode(e64) == d and base64.b32decode(e32) == d and base64.b16decode(e16) == d
    assert base64.b85decode(e85) == d and base64.a85decode(ea85) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(data)[:40], base64.urlsafe_b64encode(data)[-12:], base64.standard_b64encode(b"\xfb\xef"))
print(base64.encodebytes(data[:100]).count(b"\n"), base64.decodebytes(base64.encodebytes(data)) == data)
print(base64.a85encode(b"hello world", adobe=True), base64.a85encode(b"\0\0\0\0" * 3), base64.a85encode(b"    ", foldspaces=True))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"), base64.b16encode(b"\xab\xcd").lower())
