# Every `continue` is a backward jump, a warm-up event like the loop's own.
def f(skip_every):
    s = 'c' * 5
    out = []
    for i in range(16):
        if i % skip_every == 0:
            continue
        before = id(s)
        s += 'd'
        out.append(id(s) == before)
    return out
print(f(2))
print(f(100))
def g():
    s = 'c' * 5
    out = []
    for i in range(4):
        for j in range(3):
            before = id(s)
            s += 'e'
            out.append(id(s) == before)
    return out
print(g())
