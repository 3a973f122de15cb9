# The str-like methods of bytes.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.lower(), b.upper(), b.swapcase())
print(b.split(), b.split(b","), b.rsplit(None, 1), b"a,b,c".split(b",", 1), b"x\ny\r\n".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(ord("o")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b"]), b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b.partition(b","), b.rpartition(b"o"), b"a\tb".expandtabs(4), b"hello world".title())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle(),
      b"ab".islower(), b"AB".isupper(), b"\x80".isascii(), b"caf\xc3\xa9".decode())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"), b"ab".capitalize())
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a".join(["b"])
except TypeError as e:
    print("TypeError:", e)
