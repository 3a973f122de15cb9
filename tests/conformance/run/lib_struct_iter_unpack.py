# iter_unpack over arrays of records, and unpack_from walking a buffer with offsets.
import struct

points = [(1.5, -2.0, 3), (0.0, 0.25, -7), (1e10, -1e-10, 2 ** 31 - 1)]
rec = struct.Struct("<ddi")
blob = b"".join(rec.pack(*p) for p in points)
print(len(blob), rec.size, [p for p in rec.iter_unpack(blob)] == points)
it = struct.iter_unpack("<HH", bytes(range(12)))
print(next(it), list(it))
offset = 0
buf = struct.pack("<B5sB3sB0s", 5, b"hello", 3, b"abc", 0, b"")
fields = []
while offset < len(buf):
    (n,) = struct.unpack_from("<B", buf, offset)
    (s,) = struct.unpack_from(f"<{n}s", buf, offset + 1)
    fields.append(s)
    offset += 1 + n
print(fields, offset, struct.unpack_from("<B", buf, -1), struct.unpack_from("<3s", buf, offset=-4))
print(list(struct.iter_unpack("<", b"")) if False else list(struct.iter_unpack("<b", b"\xff\x01")), struct.calcsize("<ddi"))
