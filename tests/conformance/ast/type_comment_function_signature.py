def f(a, b):
    # type: (int, str) -> bool
    return True
async def g(x):
    # type: (int) -> None
    pass
def h():  # type: () -> None
    pass
