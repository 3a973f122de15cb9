# A freed list's object goes on list's free list; the next list made takes it.
print(id([]) == id([]))
print(id([1, 2, 3]) == id(['a']))
a = [1, 2]
i = id(a)
del a
b = [3, 4, 5]
print(id(b) == i)
c = []
j = id(c)
d = []
print(id(d) == j)
del c
e = [0]
print(id(e) == j)
x = [[] for _ in range(3)]
ids = [id(l) for l in x]
del x
y = [[] for _ in range(3)]
print(len(set(map(id, y)) & set(ids)))
def make():
    return []
print(id(make()) == id(make()))
