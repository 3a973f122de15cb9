# Iterating bytes, int.to_bytes, decoding and the buffer constructors.
data = bytes(range(250, 256)) + b"AZ"
print(list(data), [hex(x) for x in data[:2]], sum(data), max(data))
print(bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes([1, 2]) == b"\x01\x02")
print(bytes(b"a"), bytes(""  .encode()), bytes(x for x in range(3)))
print(data.decode("latin-1"), data.decode("utf-8", "replace"))
print(str(b"bytes"), repr(bytes(5)), bytes.fromhex(""), b"".join([]))
it = iter(b"ab")
print(next(it), next(it), next(it, "end"))
print(sorted(b"banana"), set(b"aab") == {97, 98}, dict(zip(b"ab", b"AB")))
print(b"abc"[1], b"abc"[1:2], bytes([b"abc"[1]]), b"abc"[-1:])
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(1.5)
except TypeError as e:
    print("TypeError:", e)
