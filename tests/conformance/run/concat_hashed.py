# A str whose hash was computed (used as a key, hashed) is not resized in place.
def f(use_hash):
    s = 'k' * 6
    out = []
    for i in range(12):
        before = id(s)
        if use_hash:
            hash(s)
        s += 'k'
        out.append(id(s) == before)
    return out
print(f(False))
print(f(True))
def g():
    s = 'd' * 6
    seen = {}
    out = []
    for i in range(12):
        before = id(s)
        seen[s] = i
        s += 'd'
        out.append(id(s) == before)
    return out, len(seen)
print(g())
