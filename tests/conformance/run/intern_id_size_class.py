# Blocks are reused only by objects of the same 16-byte size class.
class Small:
    __slots__ = ()
class Big:
    __slots__ = ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')
s = Small()
i = id(s)
del s
b = Big()
print(id(b) == i)
o = object()
print(id(o) == i)
del b
j = id(o)
del o
print(id(Small()) == j)
big = Big()
k = id(big)
del big
print(id(Big()) == k, id(Small()) == k)
n = 10 ** 20 + len('a')
m = id(n)
del n
q = 10 ** 20 + len('ab')
print(id(q) == m)
del q
r = 2 ** 100 + len('a')
print(id(r) == m)
