del x
del x, y
del a.b
del a[0]
del a[1:2]
del (x, y)
del [x, y]
del (x)
del a.b.c, d[e]
