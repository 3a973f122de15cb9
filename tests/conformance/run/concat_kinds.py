# In place only when the appended characters fit the str's kind: an ASCII
# str does not take a non-ASCII character in place, a latin-1 one takes
# latin-1 and ASCII, a UCS-2 one anything but astral characters.
def run(start, step):
    s = start * 4
    s = s[:-1] + s[-1]
    out = []
    for i in range(10):
        before = id(s)
        s += step
        out.append(id(s) == before)
    return out[7:], len(s)
print(run('a', 'b'))
print(run('a', 'é'))
print(run('é', 'a'))
print(run('é', 'ü'))
print(run('é', 'Ā'))
print(run('Ā', 'a'))
print(run('Ā', '€'))
print(run('€', '😀'))
print(run('😀', 'a'))
