for i in range(10):
    pass
else:
    print(i)
for a, b in pairs:
    pass
for (a, (b, c)) in z: pass
for x.attr in y: pass
for x[0] in y: pass
