# bytearray slices, comparisons, and conversions to and from other types.
ba = bytearray(b"hello world")
print(ba[0:5], ba[-5:], ba[::2], bytes(ba[6:]), ba[4])
ba[0:5] = b"HELLO!"
print(ba, len(ba))
ba[6:] = []
print(ba)
print(bytearray(range(65, 70)), bytearray([0] * 3), bytearray(b"x") * 3)
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(b"a") == b"a", b"a" in bytearray(b"cab"))
print(list(bytearray(b"\x00\xff")), bytearray(b"ab").decode("ascii"), str(bytearray(b"q")))
ba2 = bytearray(5)
ba2[1:4] = range(1, 4)
print(ba2, ba2.rstrip(b"\x00"), ba2.find(2), ba2.index(3))
try:
    ba2[0] = -1
except ValueError as e:
    print("ValueError:", e)
try:
    ba2[0:1] = "s"
except TypeError as e:
    print("TypeError:", e)
