# Only exact strs are extended in place: a str subclass never is, and an
# operand of a subclass type makes a new str.
class S(str):
    pass
def sub():
    s = S('abc')
    out = []
    for i in range(10):
        before = id(s)
        s += 'd'
        out.append(id(s) == before)
    return out, type(s).__name__
print(sub())
def tail():
    s = 'abc' * 2
    out = []
    for i in range(10):
        before = id(s)
        s += S('d')
        out.append(id(s) == before)
    return out, type(s).__name__
print(tail())
