# Binary records with struct: a file header, an array of entries, and a checksum.
import struct
from collections import namedtuple

Header = namedtuple("Header", "magic version count flags")
Entry = namedtuple("Entry", "id score name active")
HEADER = struct.Struct("<4sHIB")
ENTRY = struct.Struct("<iQ10s?")
entries = [Entry(1, 2 ** 40, b"alpha", True), Entry(-2, 0, b"b", False), Entry(3, 99, b"gamma-delta-x", True)]
blob = bytearray(HEADER.size + ENTRY.size * len(entries))
HEADER.pack_into(blob, 0, b"PYHP", 3, len(entries), 0x81)
for i, e in enumerate(entries):
    ENTRY.pack_into(blob, HEADER.size + i * ENTRY.size, *e)
print(HEADER.size, ENTRY.size, len(blob), bytes(blob[:16]).hex())
h = Header._make(HEADER.unpack_from(blob))
print(h)
for rec in ENTRY.iter_unpack(bytes(blob[HEADER.size:])):
    e = Entry._make(rec)
    print(e.id, e.score, e.name.rstrip(b"\0"), e.active)
print(sum(struct.unpack(f"<{len(blob) // 4}I", bytes(blob[:len(blob) // 4 * 4]))) & 0xFFFFFFFF)
print(struct.unpack(">HH", b"\x12\x34\x56\x78"), struct.unpack("<HH", b"\x12\x34\x56\x78"), struct.pack("!I", 0xDEADBEEF).hex())
words = struct.unpack("<4H", bytes(range(8)))
print(words, struct.pack("<4H", *words) == bytes(range(8)), struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"))
