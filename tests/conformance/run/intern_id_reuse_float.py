# Floats have a free list: the float made next takes the last one freed.
x = 1.5 + len('ab')
i = id(x)
del x
y = 2.5 + len('a')
print(id(y) == i)
print(id(1.0 * len('aa')) == id(3.0 * len('a')))
vals = [float(n) for n in range(4)]
ids = [id(v) for v in vals]
del vals
again = [float(n) for n in range(10, 14)]
print([id(v) in ids for v in again])
print([id(v) == j for v, j in zip(again, reversed(ids))])
f = 0.25 * len('abcd')
g = f * 2
print(f, g, id(f) == id(g))
