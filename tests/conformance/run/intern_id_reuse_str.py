# A freed str's block is reused by the next str of the same size class.
n = len('abc')
s = 'x' * (n + 10)
i = id(s)
del s
t = 'y' * (n + 10)
print(id(t) == i)
del t
u = 'z' * (n + 12)
print(id(u) == i)
del u
v = 'w' * (n + 40)
print(id(v) == i)
a = 'é' * n
j = id(a)
del a
b = 'ü' * n
print(id(b) == j)
print(id('ab' * n) == id('cd' * n))
print(id(str(12345)) == id(str(54321)))
