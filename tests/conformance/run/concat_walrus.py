# In place needs the local to still hold the left operand when the `+` runs.
def f():
    s = 'w' * 4
    out = []
    for i in range(12):
        before = id(s)
        s += (t := 'v')
        out.append(id(s) == before)
    return out, len(s)
print(f())
def g():
    s = 'w' * 4
    out = []
    for i in range(12):
        before = id(s)
        s = s + 'v'
        out.append(id(s) == before)
        s = s[:-1] + s[-1]
    return out
print(g())
