# A list that contains itself, and nested lists in a ring.
import gc

gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
a, b, c = [], [], []
a.append(b)
b.append(c)
c.append(a)
del a, b, c
print(gc.collect())
x = [1, 2, 3]
y = [x, x]
x.append(y)
del x
print(gc.collect())
del y
print(gc.collect())
