# Aliasing vs shallow and deep copies.
import copy
a = [[1, 2], [3, 4]]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = copy.deepcopy(a)
a[0].append(99)
a.append([5])
print(b, c, d, e, f, sep="\n")
print(a is b, a is c, a[0] is c[0], a[0] is f[0], c == d == e)
g = copy.copy(a)
print(g == a, g is a)
x = [1]
y = [x, x]
z = copy.deepcopy(y)
print(z[0] is z[1], z[0] is x)
