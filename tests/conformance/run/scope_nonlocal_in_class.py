# nonlocal in a class body: the class binds and deletes the enclosing
# function's variable (its cell), not a class attribute
def f():
    x = 0
    class C:
        nonlocal x
        x = 5
        y = x
    print(x, C.y, 'x' in C.__dict__)
    class D:
        nonlocal x
        del x
    try:
        print(x)
    except NameError as e:
        print(e)
f()
