# str and bytes iterators: their 3.11 type names, length hints, and exhaustion.
for s in ("abc", "", "é", "a😀b"):
    it = iter(s)
    print(repr(s), type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
it = iter("x😀y")
print(next(it), it.__length_hint__(), next(it), it.__length_hint__(), next(it), next(it, "done"))
for b in (b"ab", bytearray(b"cd")):
    it = iter(b)
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
ba = bytearray(b"xy")
it = iter(ba)
print(next(it))
ba.extend(b"zw")
print(list(it))
print(type(iter("abc")) is type(iter("xyz")), type(iter("abc")) is type(iter("é")))
print([c for c in "héllo" if c > "g"], "".join(reversed("abc")), sorted("bca"))
print(list(map(ord, "a😀")), list(b"\x00\xff"), [*"ab", *b"ab"])
