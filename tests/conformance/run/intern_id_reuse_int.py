# Ints outside the small-int cache are new objects whose blocks are reused.
n = len('abcd')
a = 1000 + n
i = id(a)
del a
b = 2000 + n
print(id(b) == i)
print(id(10 ** 10 + n) == id(10 ** 11 + n))
c = 2 ** 100 + n
j = id(c)
del c
d = 2 ** 62 + n
print(id(d) == j)
del d
e = 2 ** 100 + n
print(id(e) == j)
p = 300 + n
q = 301 + n
ip, iq = id(p), id(q)
del p, q
r = 400 + n
print(id(r) == iq, id(r) == ip)
