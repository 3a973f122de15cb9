# from __future__ import annotations keeps annotations as their source text.
from __future__ import annotations


def f(a: int, b: list[int] | None = None, *args: tuple[str, ...], k: "Quoted" = 1, **kw: dict[str, int]) -> -1:
    pass


print(f.__annotations__)


class C:
    x: int
    y: typing.Optional[Undefined]
    z: lambda q, *, r=1: q ** -r if q else not q
    w: {1: 2, **d} | {3, 4} | [*a, b] | (c,) | () | f(x for x in y)
    v: a[1:2, ::3] @ b.c.d(e=1, *g)
    u: 1e309 + 1j + 1 .real + ... + None + b"\x00" + "s'q"


print(C.__annotations__)
g: x if y else (z, *w) = 5
print(__annotations__)


def h(p: Undefined.Name) -> nothing[here]:
    return p


print(h(3), h.__annotations__)
