# bytearray over-allocates as it grows; __alloc__ is its buffer size.
import sys

ba = bytearray()
print(sys.getsizeof(ba), ba.__alloc__())
last = None
for i in range(60):
    ba.append(i)
    size = sys.getsizeof(ba)
    if size != last:
        print(f'len {len(ba):2}: size {size} alloc {ba.__alloc__()}')
        last = size

ba.extend(b'.' * 200)
print('extend', len(ba), sys.getsizeof(ba))
del ba[:200]
print('del front', len(ba), sys.getsizeof(ba))
ba += b'xyz'
print('iadd', len(ba), sys.getsizeof(ba))
ba.clear()
print('clear', len(ba), sys.getsizeof(ba))

for b in [bytearray(b'abc'), bytearray(10), bytearray(range(5)), bytearray('hé', 'utf-8'), bytearray(b'ab') * 4]:
    print(bytes(b), sys.getsizeof(b))
