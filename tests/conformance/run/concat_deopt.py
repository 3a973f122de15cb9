# A site first specialized for ints is not in place for strs until it has
# missed enough times (53) to specialize again.
def f(values):
    acc = values[0]
    out = []
    for v in values[1:]:
        before = id(acc)
        acc += v
        out.append(id(acc) == before)
    return acc, out
print(f([1, 2, 3]))
def g(first, n):
    out = []
    for k in range(n):
        s = first if k < 9 else 'ab' * (k % 3 + 2)
        before = id(s)
        s += 'c' if isinstance(s, str) else 1
        out.append(id(s) == before)
    return out
r = g(5, 70)
print(r[:12], r.index(True) if True in r else -1)
