# Interned strs (identifier-like constants, sys.intern results) are shared:
# `+=` always makes a new str from them.
import sys
def f():
    s = 'name'
    out = []
    for i in range(10):
        before = id(s)
        s += 'x'
        out.append(id(s) == before)
        if i == 8:
            s = sys.intern(s)
    return out, s
print(f())
def g():
    out = []
    for i in range(12):
        s = sys.intern('abc' + str(i % 3))
        before = id(s)
        s += '!'
        out.append(id(s) == before)
    return out
print(g())
