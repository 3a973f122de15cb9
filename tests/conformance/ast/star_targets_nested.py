a, (b, *c), d = x
[a, [b, *c]] = y
for *a, b in c: pass
for a, *b in c: pass
