# Tuples keep a free list per length: a freed tuple is reused by the next
# tuple of the same length only.
n = len('ab')
t = (n, n)
i = id(t)
del t
u = (n, n + 1)
print(id(u) == i)
t = (n,)
i = id(t)
del t
u = (n, n)
print(id(u) == i)
v = (n + 5,)
print(id(v) == i)
print(id((n, 'x')) == id(('y', n)))
print(id(tuple([n, n, n])) == id(tuple([1, n, 3])))
print(id(tuple([n, n, n])) == id(tuple([1, n])))
def pair(a):
    return (a, a)
print(id(pair(1)) == id(pair(2)))
