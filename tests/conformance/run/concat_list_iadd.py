# `+=` on a list extends it in place always (list's own __iadd__).
a = [1]
i = id(a)
a += [2, 3]
print(a, id(a) == i)
b = a
a += (4,)
print(b, a is b)
a = a + [5]
print(a, b, a is b)
def f():
    x = []
    ids = set()
    for k in range(5):
        x += [k]
        ids.add(id(x))
    return x, len(ids)
print(f())
c = [0]
c += 'ab'
print(c)
try:
    c = c + 'cd'
except TypeError as e:
    print(e)
