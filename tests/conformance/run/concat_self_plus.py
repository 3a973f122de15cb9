# `s = s + t` is the same in-place candidate as `s += t`; `s = t + s` is not.
def plus():
    s = 'a'
    out = []
    for i in range(20):
        before = id(s)
        s = s + 'b'
        out.append(id(s) == before)
    return out
print(plus())
def prepend():
    s = 'a' * 3
    out = []
    for i in range(12):
        before = id(s)
        s = 'b' + s
        out.append(id(s) == before)
    return out
print(prepend())
def other_target():
    s = 'a' * 3
    t = ''
    out = []
    for i in range(12):
        t = s + 'c'
        out.append(id(t) == id(s))
    return out[-1], t
print(other_target())
