# Each `+=` site specializes on its own, once the code object is warm.
def f():
    a = 'a' * 4
    b = 'b' * 4
    out_a = []
    out_b = []
    for i in range(12):
        before = id(a)
        a += 'x'
        out_a.append(id(a) == before)
        if i >= 9:
            before = id(b)
            b += 'y'
            out_b.append(id(b) == before)
    return out_a, out_b
print(f())
def g(n):
    s = 's' * 4
    n += 1
    out = []
    for i in range(10):
        before = id(s)
        s += 'z'
        out.append(id(s) == before)
    return n, out
print(g(1))
