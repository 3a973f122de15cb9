# nonlocal binds to the nearest enclosing function that has the name.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())

def skip():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
    middle()
    return y

print(skip())
