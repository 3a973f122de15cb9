# Generator object attributes.
def gen(a):
    x = a * 2
    yield x
    yield x + 1

g = gen(5)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
g.__name__ = "renamed"
print(g.__name__, iter(g) is g, hasattr(g, "send"), hasattr(g, "__next__"))
list(g)
print(g.gi_frame)
def deleg():
    yield from gen(1)
d = deleg()
next(d)
print(d.gi_yieldfrom.__name__)
