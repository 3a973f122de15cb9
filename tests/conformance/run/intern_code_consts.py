# A function's constants live in its code object: each call returns the same object.
def f():
    return 'not an identifier!'
def g():
    return 123456789
def h():
    return (1, 2, ('x', 'y'))
print(f() is f(), g() is g(), h() is h())
print(h()[2] is ('x', 'y'))
def k():
    x = 70000
    y = 70000
    return x is y
print(k())
def outer():
    def inner():
        return 'shared text!'
    return inner() is 'shared text!'
print(outer())
