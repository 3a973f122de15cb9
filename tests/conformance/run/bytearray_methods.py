# bytearray has the same methods as bytes, returning bytearrays.
ba = bytearray(b"  a,b,c  ")
print(ba.strip(), ba.split(b","), ba.upper(), type(ba.strip()).__name__)
print(ba.replace(b",", b";"), ba.find(b"b"), ba.count(b","), ba.partition(b","))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") * 2, bytearray(b"x").join([b"1", b"2"]))
print(bytearray.fromhex("4142"), bytearray(b"AB").hex(), bytearray(b"AB").decode())
print(repr(bytearray()), repr(bytearray(b"'")), str(bytearray(b"x")))
print(bytearray(b"abc")[1], bytearray(b"abc")[1:], list(bytearray(b"ab")))
ba2 = bytearray(b"abcdef")
ba2[1:5:2] = b"XY"
print(ba2)
try:
    ba2[::2] = b"12"
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"abc").zfill(5), bytearray(b"a b").title(), bytearray(b"x").isalpha())
