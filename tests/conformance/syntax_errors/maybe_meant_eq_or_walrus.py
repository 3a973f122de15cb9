f(a, b=1 for x in y)
