f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *args, z, w=2, **kw: (x, y)
i = lambda *, k: k
j = lambda a, /, b: a
k = lambda *a: a
l = lambda **k: k
m = lambda a=1, /, b=2, *, c=3: 0
