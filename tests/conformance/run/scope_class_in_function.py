# A class body inside a function can read the function's locals,
# and methods can read them as free variables.
def make_class(tag):
    label = tag.upper()
    class Tagged:
        name = label
        def describe(self):
            return f"{label}/{tag}"
    return Tagged

T = make_class("abc")
print(T.name, T().describe())

def shadowed():
    x = "function x"
    class C:
        x = "class x"
        y = x
        def m(self):
            return x
    return C

C = shadowed()
print(C.y, C().m())
