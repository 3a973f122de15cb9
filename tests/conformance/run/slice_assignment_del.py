# Slice assignment and deletion on lists and bytearrays, with steps.
a = list(range(10))
a[1:9:2] = "abcd"
print(a)
a[::-3] = [None] * len(a[::-3])
print(a)
del a[1::2]
print(a)
a[2:2] = [7, 8]
a[-1:] = []
print(a)
b = bytearray(b"0123456789")
b[::2] = b"abcde"
del b[-3:]
print(b)
class Rec:
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Rec()
r[1:2] = "x"
r[::2, 1] = 0
del r[:5]
