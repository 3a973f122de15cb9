# bytearray over-allocates as CPython's PyByteArray_Resize does: __alloc__ shows it.
b = bytearray()
sizes = []
for i in range(30):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
print(bytearray().__alloc__(), bytearray(b"abc").__alloc__(), bytearray(5).__alloc__())
print(bytearray([1, 2, 3]).__alloc__(), bytearray(range(10)).__alloc__(), bytearray(iter(b"abcdefghij")).__alloc__())
b = bytearray(b"x" * 20)
b.extend(b"y" * 3)
print(len(b), b.__alloc__())
del b[5:]
print(len(b), b.__alloc__())
b *= 3
print(len(b), b.__alloc__())
b = bytearray(b"x" * 40)
del b[:10]
print(len(b), b.__alloc__())
b.append(1)
print(len(b), b.__alloc__())
del b[:25]
print(len(b), b.__alloc__())
b.insert(0, 65)
print(len(b), b.__alloc__(), b[:3])
b += b"abcdefgh" * 4
print(len(b), b.__alloc__())
b.clear()
print(len(b), b.__alloc__())
b[0:0] = b"hello"
print(b, b.__alloc__())
b[1:4] = b""
print(b, b.__alloc__())
