lambda x, /, y=1, *a, k, **kw: (x, y, a, k, kw)
