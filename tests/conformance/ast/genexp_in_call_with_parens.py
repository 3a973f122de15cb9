f((x for x in y))
f((x for x in y), 1)
f(x for x in y)
f(*(x for x in y))
