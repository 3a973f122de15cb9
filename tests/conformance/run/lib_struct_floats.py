# struct's float formats: half, single and double precision special values and rounding.
import struct
import math

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.99, 6.1e-5, 6e-8, 1e-8, math.inf, -math.inf, 1e38, 3.4028235e38]:
    row = []
    for fmt in ("<e", ">e", "<f", ">f", "<d"):
        try:
            packed = struct.pack(fmt, x)
            row.append(packed.hex() + "=" + repr(struct.unpack(fmt, packed)[0]))
        except OverflowError as e:
            row.append("OverflowError")
    print(repr(x), " ".join(row))
nan = struct.unpack("<d", struct.pack("<d", math.nan))[0]
print(math.isnan(nan), struct.pack("<e", math.nan).hex(), struct.pack("<f", -math.nan).hex()[-2:])
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"), struct.unpack(">f", b"\x00\x00\x00\x01"))
print(struct.pack("<2d", 1, 2.0), struct.pack("f", 10), struct.calcsize("efd"), struct.calcsize("<efd"))
