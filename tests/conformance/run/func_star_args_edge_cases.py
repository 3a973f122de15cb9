# Unpacking edge cases: iterables, generators, dict keys, empty.
def f(*args):
    return args

print(f(*range(3)), f(*"ab", *b"c"), f(*{"k": 1, "j": 2}), f(*(x * 2 for x in range(2))))
print(f(*[]), f(*[], *()), f(*{3, 1}.__iter__()) == (1, 3) or f(*{3, 1}))
def g(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*[1, 2, 3], **{"c": 0, "z": 9}))
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(g(**Mapping(), c=1))
