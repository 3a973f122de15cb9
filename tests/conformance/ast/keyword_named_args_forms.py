f(a=1)
f(a=b, c=d)
f(print=1)
f(match=2, case=3, _=4)
