import foo  # type: ignore
x = bar()  # type: ignore[attr-defined]
y = 1  # type: ignore[misc, no-any-return]
def f():  # type: ignore
    pass
z = 2 # type:ignore
