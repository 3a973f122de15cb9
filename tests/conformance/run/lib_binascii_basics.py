# binascii: base64 lines, hex, CRCs, and the strict base64 mode.
import binascii as b

print(b.b2a_base64(b"hello"), b.b2a_base64(b"abcd", newline=False), b.a2b_base64("aGVsbG8=\n"))
print(b.hexlify(b"\x01\xab"), b.hexlify(b"abcdef", "-", 2), b.b2a_hex(b"xy", b":"), b.unhexlify("0A1b"), b.a2b_hex(b"ff"))
print(b.crc32(b"hello"), b.crc32(b"world", b.crc32(b"hello ")), b.crc32(b"hello world"), b.crc_hqx(b"hello", 0))
print(b.crc32(bytes(range(256))), b.crc_hqx(bytes(range(256)), 0x1234), b.crc32(b""))
print(b.Error.__mro__[:2], issubclass(b.Incomplete, Exception))
cases = [(b.a2b_base64, (b"YWJ",), {}), (b.a2b_base64, (b"Y",), {}), (b.a2b_base64, (b"=YWJj",), {"strict_mode": True}),
         (b.a2b_base64, (b"YQ==YQ",), {"strict_mode": True}), (b.a2b_base64, (b"Y!WJj",), {"strict_mode": True}),
         (b.a2b_base64, (b"YQ=a=",), {"strict_mode": True}), (b.a2b_base64, ("\u00e9",), {}), (b.a2b_base64, (5,), {}),
         (b.b2a_base64, ("a",), {}), (b.unhexlify, ("abc",), {}), (b.unhexlify, (b"zz",), {}), (b.crc32, ("a",), {}),
         (b.a2b_base64, (b"Y!W=Jj",), {}), (b.a2b_base64, (b"YWJj=",), {"strict_mode": True})]
for f, args, kw in cases:
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)
