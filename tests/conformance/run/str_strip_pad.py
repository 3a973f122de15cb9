# strip family, padding, centering, zfill and expandtabs.
s = "xxhixx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "  sp  ".strip(), "\t\n v \r".strip())
print("abcba".strip("ab"), "www.example.com".strip("cmowz."), "".strip())
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".center(1)))
print(repr("hi".ljust(5, ".")), repr("hi".rjust(5, "-")), repr("hi".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)))
print(repr("\t".expandtabs(0)), repr("12345\t6".expandtabs(5)))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
try:
    "hi".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "hi".strip(5)
except TypeError as e:
    print("TypeError:", e)
