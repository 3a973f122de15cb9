# Base64: standard, URL-safe, alternative characters, validation and line wrapping.
import base64

for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    e = base64.b64encode(d)
    print(e, base64.urlsafe_b64encode(d), base64.b64decode(e) == d, base64.standard_b64decode(e) == d)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.urlsafe_b64decode("-_8="), base64.b64decode("YW Jj\n"), base64.b64decode(bytearray(b"YWJj")))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neA==\n"))
for args in [("YWJj!!",), ("YWJj!!", None, True), ("YWJ",), ("YWJjZ",), (5,), ("\u00e9",), ("YQ==YQ", None, True)]:
    try:
        print(base64.b64decode(*args))
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)
for f, arg in [(base64.b64encode, "text"), (base64.encodebytes, "s")]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError:", e)
