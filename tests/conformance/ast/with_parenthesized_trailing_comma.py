with (a as b,):
    pass
with (a, b as c, d,):
    pass
with (open(x)) as f, (open(y)) as g:
    pass
