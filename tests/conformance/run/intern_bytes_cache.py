# Single bytes are cached like 1-character strs; the constant b'a' is that object.
print(b'a'[0:1] is b'a', bytes([97]) is b'a')
data = b'hello'
print(data[1:2] is b'e', data[1:3] is data[1:3])
print(bytes([0]) is b'\x00', bytes([255]) is b'\xff')
print(b'x' * 1 is b'x', b'xy' * 1 is b'xy')
parts = [bytes([c]) for c in b'abab']
print(parts[0] is parts[2], parts[1] is parts[3])
print('q'.encode() is b'q', bytes('q', 'ascii') is b'q')
print(data[0] is 104, data[0] is data[0])
