# bytes hash like the ASCII str with the same characters (one siphash over the bytes).
for b in (b"", b"a", b"ab", b"hello", b"\xff\x00", b"x" * 50):
    print(b, hash(b))
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""))
print(sorted([b"b", b"a", b"ab", b"", b"\xff", b"B"]))
print(b"a" < b"b" < b"ba", b"abc" > b"ab", b"\x00" > b"")
print(b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x", b"abc" != "abc")
print({b"k": 1}[b"k"], b"k" in {b"k"}, bytearray(b"k") in [b"k"])
try:
    hash(bytearray(b"k"))
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError:", e)
