f(x, yield)
