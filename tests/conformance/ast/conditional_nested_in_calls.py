f(a if b else c, d=e if g else h)
x = [a if a else b for a in c]
