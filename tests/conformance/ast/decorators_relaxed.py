@buttons[0].clicked.connect
def f():
    pass
@(lambda f: f)
def g():
    pass
@x if y else z
class C:
    pass
@a := b
def h():
    pass
