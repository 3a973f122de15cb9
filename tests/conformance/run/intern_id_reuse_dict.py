# dict objects have a free list of their own, as lists do.
print(id({}) == id({}))
print(id({'a': 1}) == id({1: 2, 3: 4}))
d = {'k': 'v'}
i = id(d)
del d
e = {'x': 1}
print(id(e) == i)
l = [1]
j = id(l)
del l
f = {}
print(id(f) == j)
g = [1]
print(id(g) == j)
def make(n):
    return {n: n}
print(id(make(1)) == id(make(2)))
ds = [{} for _ in range(4)]
ids = [id(x) for x in ds]
del ds
es = [{} for _ in range(4)]
print([id(x) == k for x, k in zip(es, reversed(ids))])
