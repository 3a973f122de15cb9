# `s = s + a + b` adds to a temporary first, so its store is not onto the
# operand's local: never in place. `s += a + b` is.
def chain():
    s = 'x' * 5
    out = []
    for i in range(12):
        before = id(s)
        s = s + 'a' + 'b'
        out.append(id(s) == before)
    return out
print(chain())
def grouped():
    s = 'x' * 5
    t = 'b'
    out = []
    for i in range(12):
        before = id(s)
        s += 'a' + t
        out.append(id(s) == before)
    return out
print(grouped())
