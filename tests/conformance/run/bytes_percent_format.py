# %-formatting of bytes (PEP 461).
print(b"%s and %s" % (b"spam", bytearray(b"eggs")))
print(b"%d %5d %-5d| %x %X %o %c %c" % (42, 7, 7, 255, 255, 8, 65, b"z"))
print(b"%a %r" % ("é", "x"), b"%.2f %e" % (3.14159, 1000.0), b"%%")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5})
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%b" % b"bee")
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%d", b"1"), (b"%c", 256), (b"%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(b"%s" % WithBytes(), bytes(WithBytes()))
