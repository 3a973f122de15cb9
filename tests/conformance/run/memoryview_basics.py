# memoryview over bytes and bytearray: slicing, tolist, release.
b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tolist(), len(m), m.readonly, m.format, m.itemsize)
print(m.nbytes, m.ndim, m.shape, m.strides, m.contiguous, m.obj is b)
m[0] = ord("Z")
m[1:3] = b"YX"
print(b, m.tobytes(), m.hex(), m[::2].tobytes(), m[::-1].tolist()[:2])
ro = memoryview(b"xyz")
print(ro.readonly, ro == b"xyz", ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
print(mv.__repr__().startswith("<released memory"))
