def f(*, a):
    pass
def g(*, a=1, b):
    pass
def h(x, *, a=1, b=2, **rest):
    pass
def i(*args, a, b=None):
    pass
