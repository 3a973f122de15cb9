# Equality and hashing of memoryviews.
a = memoryview(b"abc")
print(a == b"abc", a == bytearray(b"abc"), a == memoryview(b"abc"), a != b"abd")
print(hash(a) == hash(b"abc"), a[1:] == b"bc", list(a))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError:", e)
try:
    a < a
except TypeError as e:
    print("TypeError:", e)
print(bytes(a) + b"!", b"".join([a, b"-"]), bytearray(a))
print(a.toreadonly().readonly, a.tolist() == [97, 98, 99], a.c_contiguous, a.f_contiguous)
print(str(bytes(a[::-1]), "ascii"))
