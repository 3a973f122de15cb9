sum(x * x for x in range(10))
any(p for p in ps if p)
f((a for a in b), c)
