# globals() is the module dict; locals() in a function is a snapshot.
a = 1
g = globals()
g["b"] = 2
print(b)
print(sorted(k for k in g if not k.startswith("__")))

def f(x, y=3):
    z = x + y
    return locals()

print(f(1))
def outer():
    v = 1
    def inner():
        return sorted(locals())
    w = v
    return inner()
print(outer())
