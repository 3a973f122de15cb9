with (a, b) as c:
    pass
with (a, b):
    pass
with (a, b,):
    pass
with ((a, b)):
    pass
with (yield x) as y:
    pass
