with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with open(p) as f, lock:
    pass
with a as (x, y):
    pass
with a as b.c:
    pass
