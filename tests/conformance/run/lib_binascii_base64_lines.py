# binascii base64 of long data in lines, hex with separators, and round trips of random-looking bytes.
import binascii

data = bytes((i * 37 + 11) % 256 for i in range(200))
lines = [binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)]
print(len(lines), [len(l) for l in lines], lines[-1])
print(b"".join(binascii.a2b_base64(l) for l in lines) == data, binascii.a2b_base64(b"".join(lines)) == data)
h = binascii.hexlify(data)
print(h[:32], binascii.unhexlify(h) == data, binascii.hexlify(data[:8], " ", 2), binascii.hexlify(data[:8], "_", -3))
print(binascii.b2a_hex(b""), binascii.a2b_hex(""), binascii.b2a_base64(b"\xff\xfe\xfd"), binascii.a2b_base64("//79"))
print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc32(data[:100], binascii.crc32(data[100:])) != binascii.crc32(data))
for bad in [b"//7", b"//7=", b"/", b"a!!!b===c"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error:", e)
