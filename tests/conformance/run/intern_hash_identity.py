# The default hash of an object comes from its address, so an object made in
# a freed one's block has the same hash.
class K:
    pass
print(hash(K()) == hash(K()))
a = K()
h = hash(a)
del a
b = K()
print(hash(b) == h)
c = K()
print(hash(c) == h, hash(c) == hash(c))
s = {K(), K(), K()}
print(len(s))
d = {}
for i in range(3):
    d[K()] = i
print(sorted(d.values()))
print(hash(object()) == hash(object()))
