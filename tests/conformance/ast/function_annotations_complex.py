def f(a: 'A' = None, *, b: Callable[[int], str] = print) -> Dict[str, List[int]]:
    pass
def g(*, a: int): pass
def h(**kw: int) -> int: pass
