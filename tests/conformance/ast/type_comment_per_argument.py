def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(x,  # type: int
      *args,  # type: str
      **kw  # type: bool
      ):
    pass
