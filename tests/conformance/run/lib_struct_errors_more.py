# More struct errors: wrong types for every code family, counts with Struct objects, bad formats.
import struct

s = struct.Struct("<h?cs")
for args in [(1, True, b"a", b"b"), (1.0, True, b"a", b"b"), (1, True, "a", b"b"), (1, True, b"a", "b"), (1, True, b"a"),
             (70000, 0, b"x", b""), (None, None, None, None)]:
    try:
        print(s.pack(*args))
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
for fmt in ["<P", "<n", "@z", "@", "", "10", "<2x3", "i i", "=e", ">?"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error:", e)
for call in [lambda: s.unpack(b"abc"), lambda: s.unpack_from(b"abcdef", 3), lambda: struct.unpack("<i", bytearray(3)),
             lambda: struct.iter_unpack("<i", b"12345"), lambda: struct.pack_into("<i", bytearray(2), 0, 1)]:
    try:
        print(call())
    except struct.error as e:
        print("error:", e)
print(s.unpack(b"\x01\x00\x02Z"), s.unpack_from(b"__\x01\x00\x00Zq", 2), s.size)
