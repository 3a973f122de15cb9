# Globals, closure variables and attributes are not fast locals: never in place.
g = 'gg' * 3
def glob():
    global g
    out = []
    for i in range(10):
        before = id(g)
        g += 'x'
        out.append(id(g) == before)
    return out
print(glob())
def closure():
    c = 'cc' * 3
    def inner():
        nonlocal c
        out = []
        for i in range(10):
            before = id(c)
            c += 'x'
            out.append(id(c) == before)
        return out
    return inner()
print(closure())
class Box:
    def __init__(self):
        self.s = 'bb' * 3
    def grow(self):
        out = []
        for i in range(10):
            before = id(self.s)
            self.s += 'x'
            out.append(id(self.s) == before)
        return out
print(Box().grow())
