# Annotations are evaluated at definition time (no __future__ import).
order = []
def note(x):
    order.append(x)
    return x

def f(a: note("a"), b: note("b") = note("default b")) -> note("ret"):
    pass

print(order, f.__annotations__)
x: int = 5
y: "forward"
print(__annotations__, "y" in globals())

class C:
    attr: list[int]
    other: str = "s"
print(C.__annotations__, C.other, hasattr(C, "attr"))
def g(*args: int, **kwargs: str):
    pass
print(g.__annotations__)
