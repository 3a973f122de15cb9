# **kwargs keeps the call's order; duplicate keys are errors.
def collect(**kw):
    return list(kw.items())

print(collect(z=1, a=2, m=3))
print(collect(**{"b": 1}, a=2, **{"c": 3}))
d = {"x": 1}
try:
    collect(**d, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**d, **{"x": 3})
except TypeError as e:
    print("TypeError:", e)
def pos_and_kw(a, **kw):
    return a, kw
print(pos_and_kw(1, b=2), pos_and_kw(a=1, c=3))
print(dict(a=1, **{"b": 2}))
