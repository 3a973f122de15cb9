# str() on various objects; __str__ vs __repr__ fallbacks.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

class BadStr:
    def __str__(self):
        return 42

print(str(OnlyRepr()), repr(OnlyRepr()), str(Both()), repr(Both()), f"{Both()} {Both()!r}")
print(str([Both()]), str((OnlyRepr(),)), "%s %r" % (Both(), Both()))
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(b"\xff", "latin-1"), str(b"ab", encoding="ascii"), str(object=5))
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError:", e)
print(str(1.0), str(1e100), str(-0j), str(True), str(...), str(int), str(len))
