# Native '@' layout: alignment padding before each field, none at the end, and the 0-count trick.
import struct

for fmt in ["c", "ci", "ic", "cq", "qc", "chi", "hic", "cd", "c0q", "c0i", "5s2i", "?h?h", "ePf", "bxh", "3c2h", "iq0i", "nN"]:
    size = struct.calcsize(fmt)
    values = []
    for code in fmt:
        if code.isdigit() or code in "x0":
            continue
    print(fmt.ljust(6), struct.calcsize("@" + fmt), struct.calcsize("=" + fmt) if "n" not in fmt and "P" not in fmt else "-", size)
print(struct.pack("@ci", b"A", 1), struct.pack("=ci", b"A", 1), struct.pack("@hq", 1, 2), struct.pack("@qh", 1, 2))
print(struct.pack("@c0q", b"z"), struct.pack("@?h", True, -1), struct.unpack("@ci", b"A\0\0\0\x01\0\0\0"))
print(struct.Struct("@bhiq").size, struct.Struct("<bhiq").size, struct.Struct("!bhiq").size, struct.Struct("@bhiq").format)
