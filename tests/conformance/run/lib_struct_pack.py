# struct.pack and unpack over every format character and byte order.
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 5, -2 ** 63, 2 ** 64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 5, -2 ** 63, 2 ** 64 - 1))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("=bhiq", 1, 2, 3, 4), struct.pack("!hH", -2, 2))
print(struct.pack("@nNP", -1, 2 ** 64 - 1, 5), struct.pack("?x?3x", [], "a"))
print(struct.pack("<efd", 1.5, 0.1, -2.5), struct.pack(">efd", 65504, float("inf"), float("nan")))
print(struct.pack("c5s3p0s", b"A", b"hello world", b"xyz", b"gone"), struct.pack("<2p", b"ab"))
print(struct.unpack("<bBhHiIlLqQ", bytes(range(1, 31))))
print(struct.unpack(">3s?x2c", b"abc\x05\x00yz"), struct.unpack("5p", b"\x03abcd"), struct.unpack("<e", b"\x00\x7c"))
print(struct.unpack("<3e", struct.pack("<3e", 1e-5, 1 / 3, 2.5e-7)), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("<e", 6e-8), struct.pack("<e", 2.9e-8), struct.pack("<e", 65519.0), struct.pack("i", True))
print(struct.pack("d", 1), struct.pack("f", 1e300), struct.pack("<300p", b"x" * 300)[:2])


class Idx:
    def __index__(self):
        return 7


print(struct.pack("<hq", Idx(), Idx()), struct.unpack("<q", struct.pack("<q", -(2 ** 63))))
