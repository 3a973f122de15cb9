def f():
    pass
def g(a, b):
    return a + b
def h(a, b=1, *args, c, d=2, **kwargs):
    pass
