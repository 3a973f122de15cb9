# Tuples, bytes and ints make a new object for `+=`; bytearray extends in place.
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
b = b'ab'
c = b
b += b'cd'
print(b, c, b is c)
ba = bytearray(b'ab')
bb = ba
ba += b'cd'
print(ba, bb, ba is bb)
n = 300
m = n
n += 1
print(n, m, n is m)
def loop():
    x = b'x' * 3
    ids = set()
    for i in range(12):
        x += b'y'
        ids.add(id(x))
    return len(x), len(ids)
print(loop())
