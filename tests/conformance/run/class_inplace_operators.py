# In-place operators fall back to the binary ones when not defined.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)
    def __ior__(self, o):
        print("__ior__ returns NotImplemented")
        return NotImplemented
    def __or__(self, o):
        print("__or__")
        return Acc(self.v | o)

a = Acc(1)
orig = a
a += 2
print(a.v, a is orig)
a *= 5
print(a.v, a is orig)
a |= 8
print(a.v)
for op in ("-=", "<<=", "@=", "//=", "**="):
    try:
        exec(f"a {op} 1")
    except TypeError as e:
        print("TypeError:", e)
