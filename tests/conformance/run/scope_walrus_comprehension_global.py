# a walrus in a comprehension binds in the enclosing function, or in the
# module when that function declares the name global
G = None


def f(v):
    global G
    [G := v for _ in range(1)]
    return G


print(f(5), G)


def g():
    H = None
    [H := 7 for _ in range(2)]
    return H


print(g(), 'H' in globals())


def h():
    acc = 0

    def inner():
        nonlocal acc
        total = [acc := acc + i for i in range(4)]
        return total
    r = inner()
    return r, acc


print(h())
