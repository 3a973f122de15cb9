# bytes: a 33-byte header and one byte per item, in one block.
import sys

for b in [b'', b'a', b'abc', bytes(10), bytes(range(256)), b'x' * 1000]:
    print(len(b), sys.getsizeof(b))

print(sys.getsizeof('héllo'.encode('utf-8')), sys.getsizeof('héllo'.encode('latin-1')))
print(sys.getsizeof(b'abc' + b'def'), sys.getsizeof(b'ab' * 5), sys.getsizeof(b'abcdef'[1:4]))
print(sys.getsizeof(bytes.fromhex('deadbeef')), sys.getsizeof((1234).to_bytes(8, 'big')))

# A bytes subclass keeps its bytes inline too, after its own fields
class Tagged(bytes):
    pass

t = Tagged(b'abc')
print(sys.getsizeof(t) - sys.getsizeof(b'abc'), Tagged.__basicsize__, Tagged.__itemsize__)
print(bytes.__basicsize__, bytes.__itemsize__)
