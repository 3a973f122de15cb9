# int.to_bytes and int.from_bytes: byte orders, signs, defaults and errors.
for v in [0, 1, 255, 256, 65535, 2**64 - 1, 2**100]:
    print(v, v.to_bytes(16, 'big'), v.to_bytes(16, 'little').hex())
for v in [-1, -128, -129, 127, -32768]:
    print(v, v.to_bytes(2, 'big', signed=True), v.to_bytes(4, byteorder='little', signed=True))
print((1).to_bytes(), (5).to_bytes(length=3), (-1).to_bytes(0, 'big', signed=True))
for data in [b'', b'\x00\x01', b'\xff\xfe', bytearray(b'\x80\x00'), [1, 2, 3], (255,)]:
    print(int.from_bytes(data, 'big'), int.from_bytes(data, 'little', signed=True), int.from_bytes(data))
print(int.from_bytes(bytearray(b'\x01\x00'), 'little'), bool.from_bytes(b'\x01', 'big'))
class Flags(int):
    pass
f = Flags.from_bytes(b'\x00\x07', 'big')
print(f, type(f).__name__)
bad = [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (1).to_bytes(-1, 'big'),
       lambda: (1).to_bytes(2, 'middle'), lambda: (1).to_bytes(2, byteorder=1),
       lambda: (1).to_bytes(2, 'big', True), lambda: int.from_bytes('ab', 'big'),
       lambda: int.from_bytes([1, 256], 'big'), lambda: int.from_bytes(), lambda: (-129).to_bytes(1, 'big', signed=True),
       lambda: (1).to_bytes(2**70), lambda: int.from_bytes(b'\x01', 'big', signed=True, size=1)]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
