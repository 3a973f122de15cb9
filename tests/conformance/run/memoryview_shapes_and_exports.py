# memoryview: shapes, 0-dim views, tuple indexing, exports and release.
data = bytearray(range(12))
m = memoryview(data)
grid = m.cast("B", shape=[3, 4])
print(grid.ndim, grid.shape, grid.strides, grid[1, 2], grid[-1, -1], len(grid))
grid[0, 0] = 99
print(data[0], grid.tolist()[0], grid.c_contiguous, grid.f_contiguous, grid.contiguous)
for bad in (lambda: grid[0], lambda: grid[0:1], lambda: grid[5, 0], lambda: grid["x"]):
    try:
        bad()
    except (NotImplementedError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
rows = grid[1:3]
print(rows.shape, rows.strides, rows.tolist(), grid[::2].contiguous, grid[::-1].strides, grid[::2].tolist())
rows.release()
z = memoryview(b"\x07").cast("B", shape=[])
print(z.ndim, z.shape, z[()], z.tolist(), len(z), z.tobytes())
try:
    z[0]
except TypeError as e:
    print("TypeError:", e)
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
sub = m[2:6]
m.release()
print(bytes(sub), sub.obj is data, repr(m).startswith("<released"))
try:
    data.extend(b"xy")
except BufferError as e:
    print("BufferError:", e)
sub.release()
grid.release()
data.extend(b"xy")
print(len(data), data[-2:])
w = memoryview(bytearray(8)).cast("q")
w[0] = -2
print(w.tolist(), w.format, w.itemsize, memoryview(bytes(w)).cast("Q")[0])
for fmt, val in (("h", 40000), ("b", 1.5), ("?", 2), ("d", "x")):
    try:
        v = memoryview(bytearray(8)).cast(fmt)
        v[0] = val
        print(fmt, v[0])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(memoryview(b"abc") == memoryview(b"abc").cast("c"), memoryview(b"ab") != [97, 98])
print(memoryview(b"abcdef")[::2].tobytes(), memoryview(b"abcdef")[::-2].hex(":"), memoryview(b"abc").tobytes("A"))
