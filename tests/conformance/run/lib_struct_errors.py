# struct's error messages: ranges, types, counts, buffers and formats.
import struct as S

cases = ['S.pack("b", 200)', 'S.pack("B", -1)', 'S.pack("<h", 70000)', 'S.pack(">h", 70000)', 'S.pack("H", -1)',
         'S.pack(">H", -1)', 'S.pack("i", 2**31)', 'S.pack("<I", -1)', 'S.pack("I", 2**40)', 'S.pack("<l", 2**31)',
         'S.pack("<L", 2**32)', 'S.pack("q", 2**63)', 'S.pack(">q", 2**63)', 'S.pack("<Q", -1)', 'S.pack("P", 2**64)',
         'S.pack("b", 2**70)', 'S.pack("i", 1.5)', 'S.pack("f", "a")', 'S.pack("<f", 1e300)', 'S.pack("e", 1e10)',
         'S.pack("c", b"ab")', 'S.pack("s", "a")', 'S.pack("p", 1)', 'S.pack("i")', 'S.pack("2i", 1)', 'S.pack("z", 1)',
         'S.pack("3")', 'S.pack("<n", 1)', 'S.calcsize("2 i")', 'S.pack(" <i", 1)', 'S.unpack("i", b"abc")',
         'S.unpack_from("i", b"abcdefghij", 8)', 'S.unpack_from("i", b"abcdefghij", -20)',
         'S.pack_into("i", bytearray(6), 4, 1)', 'S.pack_into("i", bytearray(6), -2, 1)',
         'S.pack_into("i", bytearray(6), -20, 1)', 'S.pack_into("i", bytearray(4))', 'S.pack_into("i", bytearray(4), 0)',
         'S.pack_into("i", b"abcd", 0, 1)', 'list(S.iter_unpack("i", b"abcde"))', 'list(S.iter_unpack("", b""))',
         'S.Struct(5)', 'S.pack(5)', 'S.unpack("<i", "abcd")', 'S.pack("ii", 1, "a")', 'S.pack("q", 1.0)']
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
