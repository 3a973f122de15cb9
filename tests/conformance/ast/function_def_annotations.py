def f(a: int, b: str = 'x', *args: int, c: float, d: bool = True, **kw: object) -> None:
    pass
def g(a: 'A', /, b: list[int] = []) -> 'B':
    pass
def h(*args: *Ts) -> tuple[*Ts]:
    pass
