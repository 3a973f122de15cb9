def f(a, b, /, c, d, *, e, f):
    pass
def g(a, /):
    pass
def h(a=1, /, b=2, *args, c, **kw):
    pass
def i(a, b=2, /, c=3):
    pass
