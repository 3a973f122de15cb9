# calcsize, native alignment, Struct objects, pack_into, unpack_from, iter_unpack.
import struct

for fmt in ["bhiqd", "<bhiqd", "@ci0l", "3s2xP", "=bhl", "!q", "<5p", "", "xxh", "hxx", "4si", "ci", "c0i", "10c", " i  h "]:
    print(repr(fmt), struct.calcsize(fmt))
s = struct.Struct("<hi")
print(s.size, s.format, s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff\xff\xff"), type(s).__name__, type(s).__module__)
print(struct.Struct(b">I").format, struct.Struct(b">I").pack(258))
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 1, -1)
s.pack_into(buf, -6, 3, 4)
print(buf, struct.unpack_from("<h", buf, 2), s.unpack_from(buf, offset=4), struct.unpack_from("<h", buf, -2))
print([t for t in struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")], list(s.iter_unpack(bytes(12))))


class Pair(struct.Struct):
    def __init__(self):
        super().__init__("<2h")


p = Pair()
print(p.size, p.format, p.pack(1, 2), p.unpack(b"\x05\x00\x06\x00"), isinstance(p, struct.Struct))
print(struct.error.__mro__[:2], struct.__all__)
