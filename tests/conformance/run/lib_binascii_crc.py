# CRC-32 and CRC-HQX: known values, incremental computation, and use as a checksum.
import binascii

for s in [b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 4]:
    print(len(s), binascii.crc32(s), hex(binascii.crc32(s)), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
crc = 0
for chunk in [b"hello ", b"big ", b"world"]:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"hello big world"), binascii.crc32(b"x", 0xFFFFFFFF), binascii.crc32(b"x", -1))
print(binascii.hexlify(binascii.crc32(b"data").to_bytes(4, "big")), binascii.b2a_hex(b"\x00\x01\xfe\xff", " "))
print(binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff"), binascii.b2a_base64(b"", newline=False), binascii.a2b_base64(b""))
print(binascii.hexlify(b"abcdefgh", b"-", -3), binascii.hexlify(b"abcdefgh", ":", 3))
