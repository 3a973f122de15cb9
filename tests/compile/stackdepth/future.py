# Stack-depth cases under `from __future__ import annotations`: annotations are strings, so a function's
# annotation tuple is one folded constant and annotated names evaluate nothing.
from __future__ import annotations
x: int = 1
y: list[int]
z.w: int
def f(a: int, b: str = '', *c: tuple, d: float = 1.0, **e: dict) -> None:
    v: int = a
    return v
class K:
    a: int
    b: 'str' = f(1)
