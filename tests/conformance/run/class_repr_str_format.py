# __repr__, __str__ and __format__ and where each is used.
class Money:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Money({self.v!r})"
    def __str__(self):
        return f"${self.v:.2f}"
    def __format__(self, spec):
        if spec == "words":
            return f"{self.v} dollars"
        return format(str(self), spec)

m = Money(3.5)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:words}", f"{m:>10}|", format(m, "^9"))
print("%s %r" % (m, m), "{} {!r} {:words}".format(m, m, m))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return None
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
