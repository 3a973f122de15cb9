# memoryview.cast between formats.
data = bytearray(range(8))
m = memoryview(data)
ints = m.cast("I")
print(ints.format, ints.itemsize, len(ints), ints.tolist(), ints.nbytes)
shorts = m.cast("H")
print(shorts.tolist(), shorts[1])
shorts[0] = 0xFFFF
print(data[:2], m.cast("b").tolist()[:3])
grid = m.cast("B", shape=[2, 4])
print(grid.shape, grid.tolist(), grid.strides)
print(memoryview(b"ab").cast("c").tolist())
try:
    m.cast("I", shape=[3])
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(bytearray(3)).cast("I")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
